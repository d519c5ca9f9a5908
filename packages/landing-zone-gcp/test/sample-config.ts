import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import type { ConfigSource } from "../src/config";

export const STACK_DIR = join(__dirname, "..", "..", "..", "stacks", "gcp-landing-zone");
export const NAMESPACE = "gcp-landing-zone";

/** The sample stack's config values in the landing zone's namespace, as plain objects. */
export function sampleConfig(): Record<string, unknown> {
  const doc = parse(readFileSync(join(STACK_DIR, "Pulumi.org.yaml"), "utf8")) as { config: Record<string, unknown> };
  return Object.fromEntries(
    Object.entries(doc.config)
      .filter(([k]) => k.startsWith(`${NAMESPACE}:`))
      .map(([k, v]) => [k.slice(NAMESPACE.length + 1), v]),
  );
}

/** A config source the way Pulumi presents stack config: strings as they are, structured values as JSON. */
export function sourceOf(values: Record<string, unknown>): ConfigSource {
  return {
    get: (key) => (key in values ? (typeof values[key] === "string" ? (values[key] as string) : JSON.stringify(values[key])) : undefined),
  };
}
