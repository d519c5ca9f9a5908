import { buildScanResult, renderJson, renderJunit, renderSarif, renderText, type ScanResult, writeFileAtomic } from "@palisade/report";
import { UsageError } from "./errors";

export type OutputFormat = "text" | "json" | "sarif" | "junit";

const { version } = require("../package.json") as { version: string };
export const TOOL_VERSION = version;

export function render(
  result: ScanResult,
  format: OutputFormat,
  opts: { plan?: boolean; policiesByPack?: Map<string, string[]> } = {},
): string {
  switch (format) {
    case "json":
      return renderJson(result);
    case "sarif":
      return renderSarif(result);
    case "junit":
      return renderJunit(result, opts.policiesByPack);
    case "text":
      return renderText(result, { plan: opts.plan });
  }
}

export function parseFormat(value: string, allowed: readonly OutputFormat[]): OutputFormat {
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`--format must be one of ${allowed.join(", ")} (got "${value}")`);
  return value as OutputFormat;
}

/** Everything is rendered before anything is written: a failure leaves no partial output. */
export function emit(content: string, out: string | undefined): void {
  if (out) writeFileAtomic(out, content);
  else process.stdout.write(content);
}

export { buildScanResult };
