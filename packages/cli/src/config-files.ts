import { readFileSync, statSync } from "node:fs";
import { inputLimits, jsonErrorWithoutText } from "@palisade/engine";
import { UsageError } from "./errors";

/** The same bound as any input (--max-input-size). */
const maxSmallFile = () => inputLimits().maxBytes;

/**
 * Reads a small text file the run depends on (policy config, baseline), refusing at once what is no regular
 * file: reading a FIFO would block forever, a device never ends.
 */
export function readSmallTextFile(file: string, what: string): string {
  let size: number;
  try {
    const st = statSync(file);
    if (st.isDirectory()) throw new UsageError(`${file}: is a directory, expected ${what}`);
    if (!st.isFile()) throw new UsageError(`${file}: is not a regular file (a FIFO, device or socket), expected ${what}`);
    size = st.size;
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ELOOP") throw new UsageError(`${file}: is a symlink loop, expected ${what}`);
    throw new UsageError(`${file}: cannot read ${what}: ${code === "ENOENT" ? "not found" : (e as Error).message}`);
  }
  if (size > maxSmallFile()) throw new UsageError(`${file}: is ${size} bytes, too large for ${what}`);
  try {
    return readFileSync(file, "utf8");
  } catch (e) {
    throw new UsageError(`${file}: cannot read ${what}: ${(e as Error).message}`);
  }
}

/** Reads a `--policy-pack-config` file (the Pulumi CLI's format), with errors that name the file. */
export function readPolicyPackConfig(file: string): Record<string, unknown> {
  const text = readSmallTextFile(file, "a policy pack config");
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${file}: policy pack config is not valid JSON: ${jsonErrorWithoutText((e as Error).message)}`);
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new UsageError(`${file}: policy pack config must be a JSON object mapping policy names (or "all") to a level or settings`);
  }
  return parsed as Record<string, unknown>;
}
