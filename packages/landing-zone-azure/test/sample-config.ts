import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import type { ConfigSource } from "../src/config";

export const STACK_DIR = join(__dirname, "..", "..", "..", "stacks", "azure-landing-zone");
export const NAMESPACE = "azure-landing-zone";

/** The sample stack's config values in the project namespace, as Pulumi hands them to a program. */
export function sampleConfig(): Record<string, unknown> {
  const doc = parse(readFileSync(join(STACK_DIR, "Pulumi.platform.yaml"), "utf8")) as { config: Record<string, unknown> };
  return Object.fromEntries(
    Object.entries(doc.config)
      .filter(([k]) => k.startsWith(`${NAMESPACE}:`))
      .map(([k, v]) => [k.slice(NAMESPACE.length + 1), v]),
  );
}

/** A ConfigSource over plain values: strings pass as they are, everything else as JSON text. */
export function sourceOf(values: Record<string, unknown>): ConfigSource {
  return {
    get: (key) => (key in values ? (typeof values[key] === "string" ? (values[key] as string) : JSON.stringify(values[key])) : undefined),
  };
}
