import { stat } from "node:fs/promises";
import { detectInput, listCheckpoints, readCheckpointFile, readInput, type StackSnapshot, statError } from "@palisade/engine";

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
  const info = await stat(input).catch((e) => {
    throw statError(input, e);
  });
  const whole: InputUnit = { input, label: input, read: () => readInput(input, opts.stack ? { stack: opts.stack } : {}) };
  if (!info.isDirectory()) return [whole];
  // Throws the engine's error for a folder that is neither a program nor a backend.
  if ((await detectInput(input)) === "program" || opts.stack !== undefined) return [whole];
  // The engine's listing: symlinks followed, loops and FIFOs named, an empty backend refused.
  const files = await listCheckpoints(input);
  return files.map((f) => ({
    input,
    label: f.file,
    read: async () => [await readCheckpointFile(f.file, { project: f.project, stack: f.stack })],
  }));
}
