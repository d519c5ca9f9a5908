import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const ROOT = resolve(__dirname, "..");
export const SHARED = resolve(ROOT, "..", "shared");
export const FIXTURES = join(SHARED, "fixtures", "pulumi-real");
export const CLI = join(ROOT, "packages", "cli", "dist", "bin.js");

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built `palisade` CLI as a user would. */
export function palisade(args: string[], opts: { cwd?: string } = {}): CliRun {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: opts.cwd ?? ROOT,
    encoding: "utf8",
    env: { ...process.env, FORCE_COLOR: "0" },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(prefix = "palisade-test-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
