import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { removeStale, trackTemp, untrackTemp } from "./cleanup";

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A temporary file beside `path`, named with our pid so that a later run can tell a killed run's leftovers. */
function tempBeside(path: string, suffix = ""): string {
  // Leftovers of killed runs writing this same target are removed first.
  removeStale(dirname(path), new RegExp(`^\\.${escapeRe(basename(path))}\\.(\\d+)\\.\\d+(?:\\.\\d+)?\\.tmp$`));
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}${suffix}.tmp`);
  trackTemp(tmp);
  return tmp;
}

/**
 * Writes a file atomically: to a temporary file beside it, then renamed over the target, so a failed
 * run never leaves a half-written report and an existing file is replaced only by a complete one.
 */
export function writeFileAtomic(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = tempBeside(path);
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  } finally {
    untrackTemp(tmp);
  }
}

/**
 * Several files written together: each is staged to a temporary file beside its target (streamed from
 * chunks, so a large report is never one string), and only when every one is complete are they renamed
 * into place. A failure before `commit()` leaves every target as it was.
 */
export class AtomicFileSet {
  private readonly staged: { tmp: string; path: string }[] = [];

  stage(path: string, content: string | Iterable<string>): void {
    mkdirSync(dirname(path), { recursive: true });
    const tmp = tempBeside(path, `.${this.staged.length}`);
    this.staged.push({ tmp, path });
    const fd = openSync(tmp, "w");
    try {
      if (typeof content === "string") writeSync(fd, content);
      else {
        let buffer: string[] = [];
        let size = 0;
        for (const chunk of content) {
          buffer.push(chunk);
          size += chunk.length;
          if (size >= 1 << 20) {
            writeSync(fd, buffer.join(""));
            buffer = [];
            size = 0;
          }
        }
        if (buffer.length > 0) writeSync(fd, buffer.join(""));
      }
    } finally {
      closeSync(fd);
    }
  }

  commit(): string[] {
    for (const { tmp, path } of this.staged) {
      renameSync(tmp, path);
      untrackTemp(tmp);
    }
    const paths = this.staged.map((s) => s.path);
    this.staged.length = 0;
    return paths;
  }

  abort(): void {
    for (const { tmp } of this.staged) {
      rmSync(tmp, { force: true });
      untrackTemp(tmp);
    }
    this.staged.length = 0;
  }
}
