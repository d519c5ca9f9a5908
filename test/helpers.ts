import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const ROOT = resolve(__dirname, "..");
/** Official JSON Schemas (SARIF, OSCAL) our outputs are validated against; see the NOTICE there. */
export const SCHEMAS = join(ROOT, "test", "fixtures", "schemas");
/** Real Pulumi CLI output (MIT, see the NOTICE there), kept with the engine's readers that parse it. */
export const FIXTURES = join(ROOT, "packages", "engine", "test-fixtures", "pulumi-real");
export const CLI = join(ROOT, "packages", "cli", "dist", "bin.js");

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built `palisade` CLI as a user would. */
export function palisade(args: string[], opts: { cwd?: string; input?: string } = {}): CliRun {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: opts.cwd ?? ROOT,
    input: opts.input,
    encoding: "utf8",
    env: { ...process.env, FORCE_COLOR: "0" },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(prefix = "palisade-test-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
