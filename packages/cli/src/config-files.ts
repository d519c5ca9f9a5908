import { readFileSync } from "node:fs";
import { UsageError } from "./errors";

/** Reads a `--policy-pack-config` file (the Pulumi CLI's format), with errors that name the file. */
export function readPolicyPackConfig(file: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new UsageError(`${file}: cannot read policy pack config: ${(e as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${file}: policy pack config is not valid JSON: ${(e as Error).message}`);
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new UsageError(`${file}: policy pack config must be a JSON object mapping policy names (or "all") to a level or settings`);
  }
  return parsed as Record<string, unknown>;
}
