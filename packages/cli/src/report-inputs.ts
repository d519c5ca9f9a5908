import { existsSync } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import * as path from "node:path";
import { backendRoot, detectInput, InputError, readCheckpointFile, readInput, type StackSnapshot } from "@palisade/engine";

/**
 * The units a report reads one at a time: a program folder, a state or preview file, or one stack of a
 * DIY backend. A backend is listed, not read, up front, so a report over a bucket of a thousand stacks
 * holds one stack in memory at a time (the engine's `readBackend` reads them all at once).
 */
export interface InputUnit {
  /** The command-line input this unit belongs to. */
  input: string;
  /** What is read: the input itself, or a backend's checkpoint file. */
  label: string;
  read(): Promise<StackSnapshot[]>;
}

export async function expandInput(input: string, opts: { stack?: string }): Promise<InputUnit[]> {
  const info = await stat(input).catch(() => {
    throw new InputError(input, "not found");
  });
  const whole: InputUnit = { input, label: input, read: () => readInput(input, opts.stack ? { stack: opts.stack } : {}) };
  if (!info.isDirectory()) return [whole];
  // Throws the engine's error for a folder that is neither a program nor a backend.
  if ((await detectInput(input)) === "program" || opts.stack !== undefined) return [whole];
  const root = backendRoot(input);
  if (!root) return [whole];
  const stacksDir = path.join(root, "stacks");
  const files = await stackFiles(stacksDir, undefined);
  for (const entry of await readdir(stacksDir, { withFileTypes: true })) {
    if (entry.isDirectory()) files.push(...(await stackFiles(path.join(stacksDir, entry.name), entry.name)));
  }
  files.sort((a, b) => (a.project ?? "").localeCompare(b.project ?? "") || a.stack.localeCompare(b.stack));
  return files.map((f) => ({
    input,
    label: f.file,
    read: async () => [await readCheckpointFile(f.file, { project: f.project, stack: f.stack })],
  }));
}

interface StackFile {
  file: string;
  project?: string;
  stack: string;
}

/** As the engine's backend reader: `<stack>.json[.gz]`, the newer file when both exist; no `.bak` or `.attrs`. */
async function stackFiles(dir: string, project: string | undefined): Promise<StackFile[]> {
  const newest = new Map<string, { file: string; mtimeMs: number }>();
  if (!existsSync(dir)) return [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const match = entry.isFile() ? /^(.+)\.json(\.gz)?$/.exec(entry.name) : null;
    if (!match) continue;
    const file = path.join(dir, entry.name);
    const { mtimeMs } = await stat(file);
    const current = newest.get(match[1]);
    if (!current || mtimeMs > current.mtimeMs) newest.set(match[1], { file, mtimeMs });
  }
  return [...newest].map(([stack, { file }]) => ({ file, project, stack }));
}
