import type { ScanResult, StackResult } from "../model";

/** Human output shaped like `pulumi preview` with policy packs: a plan, then the policy violations. */

const OP_SYMBOL: Record<string, string> = { create: "+", update: "~", replace: "+-", delete: "-", same: " ", read: ">" };

function planTable(s: StackResult): string[] {
  const rows = s.resources.map((r) => [
    OP_SYMBOL[r.op ?? (s.source.kind === "program" ? "create" : "same")] ?? " ",
    r.type,
    r.name,
    r.op ?? (s.source.kind === "program" ? "create" : ""),
  ]);
  const w1 = Math.max(4, ...rows.map((r) => r[1].length));
  const w2 = Math.max(4, ...rows.map((r) => r[2].length));
  return [
    `     ${"Type".padEnd(w1)}  ${"Name".padEnd(w2)}  Plan`,
    ...rows.map((r) => ` ${r[0].padEnd(3)} ${r[1].padEnd(w1)}  ${r[2].padEnd(w2)}  ${r[3]}`),
  ];
}

export function renderText(result: ScanResult, opts: { plan?: boolean } = {}): string {
  const out: string[] = [];
  for (const s of result.stacks) {
    const verb = s.source.kind === "program" ? "Previewing" : "Scanning";
    out.push(`${verb} ${s.project}/${s.stack} (${s.source.kind}: ${s.source.path})`);
    out.push("");
    if (opts.plan) {
      for (const line of planTable(s)) out.push(line);
      out.push("");
    }
    if (s.findings.length > 0) {
      out.push("Policy Violations:");
      for (const f of s.findings) {
        const name = f.urn.split("::").pop();
        out.push(`    [${f.enforcementLevel}]  ${f.policyPack} v${f.policyPackVersion}  ${f.policy} (${name}: ${f.resourceType})`);
        for (const line of f.message.split("\n")) out.push(`    ${line}`);
        out.push("");
      }
    }
    const packs = s.policyPacks.map((p) => `${p.name}@v${p.version} (${p.mode})`).join(", ");
    const mandatory = s.findings.filter((f) => f.enforcementLevel === "mandatory" || f.enforcementLevel === "remediate").length;
    const icon = mandatory > 0 ? "✗" : "✓";
    // Nothing evaluated is not a pass: no tick when no pack ran.
    if (packs) out.push(`Policies: ${icon} ${packs}: ${mandatory} mandatory, ${s.findings.length - mandatory} advisory`);
    else out.push("Policies: ! none ran: nothing in this stack was evaluated");
    for (const reason of s.notEvaluated ?? []) out.push(`Not evaluated: ${reason}`);
    if ((s.suppressed?.length ?? 0) > 0 || (s.disabledPolicies?.length ?? 0) > 0) {
      out.push("Suppressed (not counted):");
      for (const f of s.suppressed ?? []) {
        out.push(
          `    [exempted]  ${f.policy} (${f.urn.split("::").pop()}: ${f.resourceType}): "${f.suppression.justification}" (${f.suppression.source})`,
        );
      }
      for (const d of s.disabledPolicies ?? []) out.push(`    [disabled]  ${d.policy} (${d.source})`);
    }
    if (s.policyConfig)
      out.push(
        `Policy config: ${s.policyConfig.file} (${s.policyConfig.origin === "shipped" ? "shipped with the program: exemptions only" : "given with --policy-pack-config"})`,
      );
    out.push(`Resources: ${s.resourceCount}`);
    out.push("");
  }
  const m = result.summary;
  out.push(
    `Summary: ${m.stacks} stack(s), ${m.resources} resources, ${m.findings} findings (${m.mandatory} mandatory, ${m.advisory} advisory)`,
  );
  return `${out.join("\n")}\n`;
}
