import type { FrameworkMappings, Severity } from "@palisade/controls";

/**
 * The result of a scan or preview: the JSON output format (schemaVersion 1, documented in
 * docs/output-format.md with a JSON Schema in schema/scan-result.schema.json). Every other format is
 * rendered from this object, so they cannot disagree.
 */

export type FindingLevel = "advisory" | "mandatory" | "remediate" | "disabled";

export interface Finding {
  policyPack: string;
  policyPackVersion: string;
  policy: string;
  /** Palisade control id; null for policies of third-party packs. */
  controlId: string | null;
  urn: string;
  resourceType: string;
  enforcementLevel: FindingLevel;
  severity: Severity | null;
  message: string;
  frameworks: FrameworkMappings;
}

export interface PlanResource {
  urn: string;
  type: string;
  name: string;
  parent: string | null;
  provider: string | null;
  /** Inputs with unknowns shown as "[unknown]" and secrets as "[secret]". */
  inputs: Record<string, unknown>;
  op?: string;
}

export interface StackResult {
  project: string;
  stack: string;
  source: { kind: string; path: string };
  resourceCount: number;
  resources: PlanResource[];
  findings: Finding[];
  /** Packs that evaluated this stack, with how (gRPC like the engine, or in-process). */
  policyPacks: { name: string; version: string; mode: "grpc" | "in-process"; path?: string }[];
  /** The policy-pack config used: passed with --policy-pack-config, or shipped beside the program (exemptions only). */
  policyConfig?: { file: string; origin: "explicit" | "shipped" };
  /** Why nothing, or part of the stack, was evaluated (no pack applies): never to be read as a pass. */
  notEvaluated?: string[];
  /** Findings an exemption suppresses: not counted, always shown, with the justification and the config they came from. */
  suppressed?: SuppressedFinding[];
  /** Policies the config disables for this stack (they decided nothing here). */
  disabledPolicies?: { policy: string; source: string }[];
}

export interface Suppression {
  kind: "exempted";
  /** The exemption's reason. */
  justification: string;
  /** The policy-pack config file it came from. */
  source: string;
}

export interface SuppressedFinding extends Finding {
  suppression: Suppression;
}

export interface ScanSummary {
  stacks: number;
  resources: number;
  findings: number;
  mandatory: number;
  advisory: number;
  bySeverity: Record<Severity | "none", number>;
}

export interface ScanResult {
  schemaVersion: 1;
  tool: { name: "palisade"; version: string };
  generatedAt: string;
  stacks: StackResult[];
  summary: ScanSummary;
}

export function summarize(stacks: readonly StackResult[]): ScanSummary {
  const bySeverity: ScanSummary["bySeverity"] = { critical: 0, high: 0, medium: 0, low: 0, none: 0 };
  let mandatory = 0;
  let advisory = 0;
  let findings = 0;
  for (const s of stacks) {
    for (const f of s.findings) {
      findings++;
      if (f.enforcementLevel === "mandatory" || f.enforcementLevel === "remediate") mandatory++;
      else advisory++;
      bySeverity[f.severity ?? "none"]++;
    }
  }
  return { stacks: stacks.length, resources: stacks.reduce((n, s) => n + s.resourceCount, 0), findings, mandatory, advisory, bySeverity };
}

export function hasMandatory(result: ScanResult): boolean {
  return result.summary.mandatory > 0;
}
