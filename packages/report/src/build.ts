import { controlById, type Severity } from "@palisade/controls";
import type { StackSnapshot } from "@palisade/engine";
import { type Finding, type FindingLevel, type ScanResult, type StackResult, summarize } from "./model";
import { SecretRedactor } from "./redact";

/** A policy diagnostic as both evaluation paths return it (gRPC analyzer client or in-process). */
export interface DiagnosticLike {
  policyName: string;
  policyPackName: string;
  policyPackVersion: string;
  message: string;
  urn?: string;
  enforcementLevel: string;
  severity?: string;
}

const SEVERITIES = new Set(["low", "medium", "high", "critical"]);

export function buildStackResult(
  snapshot: StackSnapshot,
  diagnostics: readonly DiagnosticLike[],
  policyPacks: StackResult["policyPacks"],
  redactor: SecretRedactor = new SecretRedactor(),
): StackResult {
  const typeByUrn = new Map(snapshot.resources.map((r) => [r.urn, r.type]));
  // Display first: it records every secret so that messages can be scrubbed below.
  const resources = snapshot.resources.map((r) => ({
    urn: r.urn,
    type: r.type,
    name: r.name,
    parent: r.parent ?? null,
    provider: r.provider ?? null,
    inputs: redactor.display(r.inputs) as Record<string, unknown>,
    ...(r.op ? { op: r.op } : {}),
  }));
  for (const r of snapshot.resources) if (r.outputs) redactor.display(r.outputs);
  const stackUrn = snapshot.resources.find((r) => r.type === "pulumi:pulumi:Stack")?.urn ?? "";
  const findings: Finding[] = diagnostics.map((d) => {
    const control = controlById(d.policyName);
    const urn = d.urn || stackUrn;
    const severity = (d.severity && SEVERITIES.has(d.severity) ? d.severity : (control?.severity ?? null)) as Severity | null;
    return {
      policyPack: d.policyPackName,
      policyPackVersion: d.policyPackVersion,
      policy: d.policyName,
      controlId: control?.id ?? null,
      urn,
      resourceType: typeByUrn.get(urn) ?? "pulumi:pulumi:Stack",
      enforcementLevel: d.enforcementLevel as FindingLevel,
      severity,
      message: d.message,
      frameworks: control?.frameworks ?? {},
    };
  });
  // Messages are free text a policy wrote, possibly quoting a secret value: scrub them. Identifiers (policy
  // names, URNs, types) are not scrubbed: a short secret such as "required" must not rewrite them.
  for (const f of findings) f.message = redactor.scrub(f.message);
  return {
    project: snapshot.project,
    stack: snapshot.stack,
    source: snapshot.source,
    resourceCount: snapshot.resources.length,
    resources,
    findings,
    policyPacks,
  };
}

export function buildScanResult(stacks: StackResult[], toolVersion: string, now = new Date()): ScanResult {
  return {
    schemaVersion: 1,
    tool: { name: "palisade", version: toolVersion },
    generatedAt: now.toISOString(),
    stacks,
    summary: summarize(stacks),
  };
}
