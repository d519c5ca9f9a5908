import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CLI, ROOT } from "../helpers";

/** Hostile inputs are built here, per test, never read from ../shared. */

export const SIG = { "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270" };
export const secretWire = (v: unknown) => ({ ...SIG, plaintext: JSON.stringify(v) });

const STACK_URN = "urn:pulumi:dev::hostile::pulumi:pulumi:Stack::hostile-dev";

export interface TestResource {
  type: string;
  name: string;
  inputs: Record<string, unknown>;
  outputs?: Record<string, unknown>;
  /** Overrides the URN (to make it disagree with the type). */
  urn?: string;
}

/** A `pulumi stack export` (deployment v3) with the root stack, an AWS provider and these resources. */
export function exportDoc(resources: TestResource[]): Record<string, unknown> {
  return {
    version: 3,
    deployment: {
      manifest: { time: "2026-01-01T00:00:00Z", magic: "", version: "v3.200.0" },
      resources: [
        { urn: STACK_URN, custom: false, type: "pulumi:pulumi:Stack" },
        {
          urn: "urn:pulumi:dev::hostile::pulumi:providers:aws::default",
          custom: true,
          id: "p",
          type: "pulumi:providers:aws",
          inputs: {},
          outputs: {},
        },
        ...resources.map((r) => ({
          urn: r.urn ?? `urn:pulumi:dev::hostile::${r.type}::${r.name}`,
          custom: true,
          id: `id-${r.name}`,
          type: r.type,
          inputs: r.inputs,
          outputs: r.outputs ?? r.inputs,
          parent: STACK_URN,
          dependencies: [],
        })),
      ],
    },
  };
}

export const TAGS = { owner: "team", environment: "dev" };
export const unencryptedVolume = (name = "vol"): TestResource => ({
  type: "aws:ebs/volume:Volume",
  name,
  inputs: { availabilityZone: "us-east-1a", size: 8, tags: TAGS },
});

export function writeJson(dir: string, name: string, value: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, typeof value === "string" ? value : JSON.stringify(value));
  return file;
}

export function tempDir(prefix = "palisade-hostile-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  /** What the run left in its own TMPDIR (spools, staged files): must be nothing. */
  leftInTmp: string[];
}

/**
 * Runs the built CLI with a TMPDIR of its own, so that what it leaves behind can be listed, and a bound on
 * its run time only as a guard against a hang (a hang fails the test as a non-exit, not as a slow pass).
 */
export function palisade(args: string[], opts: { cwd?: string } = {}): Run {
  const tmp = tempDir("palisade-run-tmp-");
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: opts.cwd ?? ROOT,
    encoding: "utf8",
    env: { ...process.env, FORCE_COLOR: "0", TMPDIR: tmp },
    maxBuffer: 256 * 1024 * 1024,
    timeout: 120_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout ?? "", stderr: r.stderr ?? "", leftInTmp: ours(readdirSync(tmp)) };
}

/**
 * What the run left in TMPDIR, without `ts-node-<hash>`: the compile cache the Pulumi SDK's policy-pack host
 * keeps there on purpose (reused across runs), not a temp file of ours.
 */
function ours(names: string[]): string[] {
  return names.filter((n) => !/^ts-node-[0-9a-f]+$/.test(n));
}

/** Starts the CLI in the background (for signals), with its own TMPDIR. */
export function palisadeAsync(args: string[]) {
  const tmp = tempDir("palisade-run-tmp-");
  const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...process.env, FORCE_COLOR: "0", TMPDIR: tmp } });
  let stderr = "";
  child.stderr.on("data", (d) => {
    stderr += d;
  });
  child.stdout.resume();
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal, stderr })),
  );
  return { child, tmp, exited };
}

/** Every file under `dir` (relative paths), to prove no output or temp file was left. */
export function listTree(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string, prefix: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const rel = prefix ? `${prefix}/${e.name}` : e.name;
      if (e.isDirectory()) walk(join(d, e.name), rel);
      else out.push(rel);
    }
  };
  walk(dir, "");
  return out.sort();
}

export function ensureDir(p: string): string {
  mkdirSync(p, { recursive: true });
  return p;
}
