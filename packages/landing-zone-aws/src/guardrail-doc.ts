/**
 * The generated part of docs/aws.md: the deployed SCP/RCP documents and, per control with a preventive
 * form, its statement Sids, its policy in the pack and its framework requirements. Regenerate with
 * `node packages/landing-zone-aws/scripts/generate-docs.mjs` (a test fails when it is stale).
 */
import { awsControls, type Control, type FrameworkId } from "@palisade/controls";
import type { Guardrails } from "./guardrails";

export const DOC_BEGIN = "<!-- BEGIN GENERATED: guardrails (scripts/generate-docs.mjs) -->";
export const DOC_END = "<!-- END GENERATED: guardrails -->";

const COLUMNS: [FrameworkId, string][] = [
  ["cis-aws-7.0", "CIS 7.0"],
  ["cis-aws-3.0", "CIS 3.0"],
  ["nist-800-53-r5", "NIST 800-53 r5"],
  ["soc2", "SOC 2"],
  ["iso27001-2022", "ISO 27001:2022"],
  ["pci-dss-4.0", "PCI DSS 4.0"],
  ["hipaa", "HIPAA"],
  ["aws-fsbp", "FSBP"],
];

function checkKind(c: Control): string {
  if (c.check) return "resource";
  if (c.correlatedCheck) return "correlated";
  return "stack";
}

export function renderGuardrailDoc(g: Guardrails, controls: readonly Control[] = awsControls): string {
  const docs = [...g.rootScps, ...g.rootRcps, ...g.suspendedScps];
  const sidsOf = (c: Control) =>
    docs.flatMap((d) => d.sids.filter((sid) => d.owners[sid] === c.id).map((sid) => `${d.kind.toUpperCase()} \`${sid}\``));
  const perTarget = (target: string, list: typeof docs) =>
    `${target}: ${list.length} of ours + the AWS-managed full-access policy (quota 5)`;
  const lines = [
    DOC_BEGIN,
    "",
    "Documents built from the sample config (`stacks/aws-landing-zone/Pulumi.management.yaml`), minified as deployed:",
    "",
    "| Policy | Type | Attached to | Characters (max 5,120) | Statements |",
    "|---|---|---|---|---|",
    ...docs.map(
      (d) =>
        `| \`${d.name}\` | ${d.kind.toUpperCase()} | ${d.target === "root" ? "organisation root" : "Suspended OU"} | ${d.size.toLocaleString("en-US")} | ${d.sids.map((s) => `\`${s}\``).join(", ")} |`,
    ),
    "",
    `Per target: ${perTarget("root SCPs", g.rootScps)}; ${perTarget("root RCPs", g.rootRcps)}; ${perTarget("Suspended OU SCPs", g.suspendedScps)}.`,
    "",
    `| Control (pack policy) | Check | Level | Statements | ${COLUMNS.map(([, label]) => label).join(" | ")} |`,
    `|---|---|---|---|${COLUMNS.map(() => "---").join("|")}|`,
    ...controls
      .filter((c) => (c.preventive ?? []).some((f) => f.kind === "aws-scp" || f.kind === "aws-rcp"))
      .map(
        (c) =>
          `| \`${c.id}\`<br>${c.title} | ${checkKind(c)} | ${c.enforcementLevel} | ${sidsOf(c).join("<br>")} | ${COLUMNS.map(([fw]) => (c.frameworks[fw] ?? []).join(", ") || "–").join(" | ")} |`,
      ),
    "",
    DOC_END,
  ];
  return lines.join("\n");
}

/** docs/aws.md with its generated section replaced. */
export function withGeneratedSection(markdown: string, section: string): string {
  const start = markdown.indexOf(DOC_BEGIN);
  const end = markdown.indexOf(DOC_END);
  if (start < 0 || end < start) throw new Error(`docs/aws.md lacks the markers ${DOC_BEGIN} … ${DOC_END}`);
  return markdown.slice(0, start) + section + markdown.slice(end + DOC_END.length);
}
