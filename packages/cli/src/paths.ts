import { realpathSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { setInputLimits } from "@palisade/engine";
import { UsageError } from "./errors";

/** The real path a file has or would have (its folder's real path when it does not exist yet). */
function realTarget(p: string): string {
  const abs = resolve(p);
  try {
    return realpathSync(abs);
  } catch {
    try {
      return join(realpathSync(dirname(abs)), basename(abs));
    } catch {
      return abs;
    }
  }
}

/**
 * An output that resolves to something the run reads (an input file, a checkpoint inside a backend folder,
 * the policy config) would replace it: refused before anything is written.
 */
export function refuseOutputOverInput(outputs: { flag: string; path: string | undefined }[], inputs: readonly string[]): void {
  const read = new Map(inputs.map((i) => [realTarget(i), i]));
  for (const { flag, path } of outputs) {
    if (!path) continue;
    const input = read.get(realTarget(path));
    if (input !== undefined) throw new UsageError(`${flag} ${path}: is the input ${input}; writing it would replace what is being read`);
  }
}

/** `--max-input-size` in MiB (the bound on a file, and on what a gzip file inflates to). */
export function applyMaxInputSize(value: string | undefined): void {
  if (value === undefined) return;
  const mib = Number(value);
  if (!Number.isFinite(mib) || mib <= 0 || mib > 511)
    throw new UsageError(`--max-input-size must be a number of MiB between 1 and 511 (got "${value}")`);
  setInputLimits({ maxBytes: Math.floor(mib * 1024 * 1024) });
}
