/**
 * URNs as the Pulumi engine builds them. The SDK's MockMonitor prefixes a child's type with only the
 * last type of its parent and also with `pulumi:pulumi:Stack`; the engine uses the parent's whole
 * qualified type and leaves out the root stack. We build them like the engine so URNs from a program
 * run match the URNs in exports and previews of the same program.
 */
const ROOT_STACK_TYPE = "pulumi:pulumi:Stack";

export function engineUrn(stack: string, project: string, parentUrn: string | undefined, type: string, name: string): string {
  let qualifiedType = type;
  if (parentUrn) {
    const parentQualifiedType = parentUrn.split("::")[2];
    if (parentQualifiedType !== undefined && parentQualifiedType !== ROOT_STACK_TYPE) {
      qualifiedType = `${parentQualifiedType}$${type}`;
    }
  }
  return `urn:pulumi:${stack}::${project}::${qualifiedType}::${name}`;
}

/** A Go duration (`"5m"`, `"1h30m"`, `"90s"`) in seconds, as `AnalyzerResourceOptions.CustomTimeouts` has them. */
export function durationSeconds(text: string): number | undefined {
  if (text === "") return undefined;
  const units: Record<string, number> = { ns: 1e-9, us: 1e-6, µs: 1e-6, ms: 1e-3, s: 1, m: 60, h: 3600 };
  const pattern = /(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g;
  let total = 0;
  let consumed = 0;
  for (const match of text.matchAll(pattern)) {
    total += Number(match[1]) * units[match[2]];
    consumed += match[0].length;
  }
  return consumed === text.length ? total : undefined;
}
