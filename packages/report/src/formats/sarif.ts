import { createHash } from "node:crypto";
import { relative } from "node:path";
import { controlById } from "@palisade/controls";
import type { Finding, ScanResult } from "../model";

/**
 * SARIF 2.1.0 for GitHub code scanning: one rule per policy, one result per finding, located at the
 * stack's source (program folder's Pulumi.yaml or the state file), with the URN as logical location and a
 * stable fingerprint so alerts track across runs.
 */

const SECURITY_SEVERITY: Record<string, string> = { critical: "9.5", high: "8.0", medium: "5.5", low: "3.0" };

function level(f: Finding): "error" | "warning" | "note" {
  if (f.enforcementLevel === "mandatory" || f.enforcementLevel === "remediate") return "error";
  return f.message.includes("cannot be evaluated at preview") || f.message.includes("can't run policy") ? "note" : "warning";
}

function artifactUri(kind: string, path: string, cwd: string): string {
  const rel = relative(cwd, path) || ".";
  const file = kind === "program" ? `${rel === "." ? "" : `${rel}/`}Pulumi.yaml` : rel;
  // A relative URI reference: each segment percent-encoded (spaces, non-ASCII, newlines), as SARIF requires.
  return file
    .split(/[\\/]/)
    .map((segment) => (segment === ".." || segment === "." ? segment : encodeURIComponent(segment)))
    .join("/");
}

function disabledOverrides(result: ScanResult) {
  const seen = new Map<string, string>();
  for (const s of result.stacks) for (const d of s.disabledPolicies ?? []) if (!seen.has(d.policy)) seen.set(d.policy, d.source);
  return [...seen].map(([id, source]) => ({
    descriptor: { id },
    configuration: { enabled: false, parameters: { disabledBy: source } },
  }));
}

/** Optional additions for callers that know more than the scan result (the compliance report). */
export interface SarifExtras {
  /** A finding accepted by a baseline or an exemption: reported with an SARIF suppression, not dropped. */
  suppression?: (finding: Finding) => { justification: string } | undefined;
}

export function renderSarif(result: ScanResult, cwd = process.cwd(), extras: SarifExtras = {}): string {
  const rules = new Map<string, Record<string, unknown>>();
  const results: Record<string, unknown>[] = [];
  for (const s of result.stacks) {
    // Suppressed findings are results too, with their suppression: code scanning shows them as dismissed.
    for (const f of [...s.findings, ...(s.suppressed ?? [])] as (Finding & { suppression?: { justification: string } })[]) {
      const ruleId = f.controlId ?? `${f.policyPack}/${f.policy}`;
      if (!rules.has(ruleId)) {
        const control = f.controlId ? controlById(f.controlId) : undefined;
        const tags = ["security", ...Object.entries(f.frameworks).flatMap(([fw, ids]) => (ids ?? []).map((id) => `${fw}/${id}`))];
        rules.set(ruleId, {
          id: ruleId,
          name: ruleId.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : "")),
          shortDescription: { text: control?.title ?? f.policy },
          fullDescription: { text: control?.rationale ?? f.message.split("\n")[0] },
          help: {
            text: control?.remediation ?? "See the policy pack's documentation.",
            markdown: control
              ? `**Remediation:** ${control.remediation}\n\n**Frameworks:** ${tags.slice(1).join(", ")}`
              : "See the policy pack's documentation.",
          },
          defaultConfiguration: { level: control?.enforcementLevel === "mandatory" ? "error" : "warning" },
          properties: {
            tags,
            precision: "high",
            ...(f.severity ? { "security-severity": SECURITY_SEVERITY[f.severity] } : {}),
          },
        });
      }
      const ruleIndex = [...rules.keys()].indexOf(ruleId);
      const suppression = f.suppression ?? extras.suppression?.(f);
      results.push({
        ruleId,
        ruleIndex,
        level: level(f),
        message: { text: `${f.message} (${f.urn.split("::").pop()}, ${f.resourceType})` },
        locations: [
          {
            physicalLocation: { artifactLocation: { uri: artifactUri(s.source.kind, s.source.path, cwd) }, region: { startLine: 1 } },
            logicalLocations: [{ fullyQualifiedName: f.urn, kind: "resource" }],
          },
        ],
        partialFingerprints: { "palisadeFinding/v1": createHash("sha256").update(`${ruleId}\n${f.urn}`).digest("hex").slice(0, 32) },
        ...(suppression ? { suppressions: [{ kind: "external", status: "accepted", justification: suppression.justification }] } : {}),
        properties: {
          project: s.project,
          stack: s.stack,
          enforcementLevel: f.enforcementLevel,
          policyPack: `${f.policyPack}@${f.policyPackVersion}`,
        },
      });
    }
  }
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "Palisade",
            version: result.tool.version,
            semanticVersion: result.tool.version,
            informationUri: "https://github.com/palisade-dev/palisade",
            rules: [...rules.values()],
          },
        },
        // Policies the config disabled: SARIF's rule configuration overrides (enabled: false), with the config named.
        ...(disabledOverrides(result).length > 0
          ? { invocations: [{ executionSuccessful: true, ruleConfigurationOverrides: disabledOverrides(result) }] }
          : {}),
        automationDetails: { id: `palisade/${result.stacks.map((s) => `${s.project}.${s.stack}`).join("+") || "none"}/` },
        results,
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
