import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { StringDecoder } from "node:string_decoder";
import { removeStale, trackTemp, untrackTemp } from "../cleanup";

/**
 * Records written one JSON line each to a temporary file and read back in order, so that a report over
 * thousands of stacks holds counters in memory, not every finding. Removed by `dispose()`.
 */
export class Spool<T> {
  private readonly dir: string;
  private readonly file: string;
  private fd: number | undefined;
  private pending: string[] = [];
  private pendingBytes = 0;
  private count = 0;

  constructor(prefix = "palisade-report-") {
    // Named with our pid: a run killed outright leaves this folder, and the next run removes it.
    removeStale(tmpdir(), new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(\\d+)-`));
    this.dir = mkdtempSync(join(tmpdir(), `${prefix}${process.pid}-`));
    trackTemp(this.dir);
    this.file = join(this.dir, "records.ndjson");
    this.fd = openSync(this.file, "w");
  }

  get size(): number {
    return this.count;
  }

  write(record: T): void {
    if (this.fd === undefined) throw new Error("spool already closed");
    const line = `${JSON.stringify(record)}\n`;
    this.pending.push(line);
    this.pendingBytes += line.length;
    this.count++;
    if (this.pendingBytes > 1 << 20) this.flush();
  }

  private flush(): void {
    if (this.fd !== undefined && this.pending.length > 0) writeSync(this.fd, this.pending.join(""));
    this.pending = [];
    this.pendingBytes = 0;
  }

  /** Every record in write order; each call reads the file again. */
  *read(): Generator<T> {
    this.flush();
    const fd = openSync(this.file, "r");
    try {
      const buffer = Buffer.alloc(1 << 20);
      const decoder = new StringDecoder("utf8");
      let rest = "";
      for (;;) {
        const n = readSync(fd, buffer, 0, buffer.length, null);
        if (n === 0) break;
        // The decoder keeps a multi-byte character cut at a chunk boundary for the next chunk.
        const text = rest + decoder.write(buffer.subarray(0, n));
        const lines = text.split("\n");
        rest = lines.pop() ?? "";
        for (const line of lines) if (line) yield JSON.parse(line) as T;
      }
      rest += decoder.end();
      if (rest) yield JSON.parse(rest) as T;
    } finally {
      closeSync(fd);
    }
  }

  dispose(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    this.pending = [];
    rmSync(this.dir, { recursive: true, force: true });
    untrackTemp(this.dir);
  }
}
