import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";

/**
 * Temporary files and folders of this run (staged outputs, the findings spool): removed when the run is
 * interrupted (SIGINT, SIGTERM, SIGHUP), and, when a run was killed outright (SIGKILL), by the next run,
 * which recognises them by the dead process id in their names.
 */

const live = new Set<string>();
let installed = false;

function removeAll(): void {
  for (const p of live) rmSync(p, { recursive: true, force: true });
  live.clear();
}

function install(): void {
  if (installed) return;
  installed = true;
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.once(signal, () => {
      removeAll();
      // The listener is gone (once): re-raising ends the process the way the signal would have.
      process.kill(process.pid, signal);
    });
  }
  process.once("exit", removeAll);
}

export function trackTemp(path: string): void {
  install();
  live.add(path);
}

export function untrackTemp(path: string): void {
  live.delete(path);
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Removes entries of `dir` whose name matches `pattern` (group 1 = the pid) and whose process is gone. */
export function removeStale(dir: string, pattern: RegExp): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const m = pattern.exec(name);
    if (m && !isAlive(Number(m[1]))) rmSync(join(dir, name), { recursive: true, force: true });
  }
}
