import { checkProps, controlById, type Exemption, findExemption } from "@palisade/controls";
import type { StackSnapshot } from "@palisade/engine";
import type { StackResult } from "@palisade/report";
import type { PolicyConfigInput } from "./policy-config";

/**
 * Exempted findings and disabled controls are suppressions, never silence. For Palisade's packs the
 * exemptions are taken out of the config the packs get and applied here to the findings, so each exempted
 * finding stays in the output, with its justification and the config it came from (text, JSON, SARIF).
 */

export interface SplitConfig {
  config: PolicyConfigInput;
  exemptions: Map<string, Exemption[]>;
}

/** The config without `exemptions` (validated before), and the exemptions per control. */
export function splitExemptions(input: PolicyConfigInput): SplitConfig {
  const content: Record<string, unknown> = {};
  const exemptions = new Map<string, Exemption[]>();
  for (const [key, value] of Object.entries(input.content)) {
    if (value && typeof value === "object" && !Array.isArray(value) && Object.hasOwn(value, "exemptions")) {
      const { exemptions: list, ...rest } = value as { exemptions: Exemption[] };
      exemptions.set(key, list);
      content[key] = rest;
    } else content[key] = value;
  }
  return { config: { ...input, content }, exemptions };
}

const levelOf = (v: unknown): unknown => (typeof v === "string" ? v : (v as { enforcementLevel?: unknown } | null)?.enforcementLevel);

/** Applies exemptions to a stack's findings and lists the controls the config disables. */
export function applySuppressions(
  stack: StackResult,
  snapshot: StackSnapshot,
  split: SplitConfig,
  policyNames: readonly string[],
  today?: string,
): void {
  const source = split.config.file;
  const byUrn = new Map(snapshot.resources.map((r) => [r.urn, r]));
  const kept: StackResult["findings"] = [];
  const suppressed: NonNullable<StackResult["suppressed"]> = [];
  for (const f of stack.findings) {
    const list = f.controlId ? split.exemptions.get(f.controlId) : undefined;
    if (!list?.length) {
      kept.push(f);
      continue;
    }
    const r = byUrn.get(f.urn);
    const control = f.controlId ? controlById(f.controlId) : undefined;
    // As the pack matches: a resource check sees inputs, a stack-wide check outputs when known.
    const props = r ? checkProps((control?.check ? r.inputs : (r.outputs ?? r.inputs)) as Record<string, unknown>) : {};
    const match = findExemption(list, { urn: f.urn, name: r?.name ?? "", type: r?.type ?? f.resourceType, props }, today);
    if (match.state === "active") {
      suppressed.push({ ...f, suppression: { kind: "exempted", justification: match.exemption.reason, source } });
    } else if (match.state === "expired") {
      kept.push({ ...f, message: `${f.message} (exemption "${match.exemption.reason}" expired on ${match.exemption.expires})` });
    } else kept.push(f);
  }
  stack.findings = kept;
  if (suppressed.length > 0) stack.suppressed = suppressed;
  const all = levelOf(split.config.content.all);
  const disabled = policyNames.filter((name) => {
    const own = levelOf(split.config.content[name]);
    return own === "disabled" || (own === undefined && all === "disabled");
  });
  if (disabled.length > 0) stack.disabledPolicies = disabled.map((policy) => ({ policy, source }));
}
