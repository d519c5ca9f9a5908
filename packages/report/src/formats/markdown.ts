import type { Severity } from "@palisade/controls";
import type { ComplianceReport, FindingRecord } from "../compliance/model";
import { outcomeBadge } from "../compliance/view";

/**
 * Markdown short enough for a pull-request comment: GitHub rejects comments over 65,536 characters, so
 * every table stops at a row limit or when the text would pass `maxLength`, and says how many rows it left out.
 */

export interface MarkdownOptions {
  /** Default 60,000 characters: under GitHub's 65,536 with room for a wrapper the workflow adds. */
  maxLength?: number;
  maxRows?: number;
}

const SEVERITY_ORDER: Record<string, number> = { critical: 0, high: 1, medium: 2, low: 3, none: 4 };

function cell(text: string | number | null | undefined): string {
  return String(text ?? "")
    .replace(/\s+/g, " ")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\|/g, "\\|")
    .trim();
}

const code = (text: string) => `\`${text.replace(/`/g, "'")}\``;

class Budget {
  readonly lines: string[] = [];
  private used = 0;
  constructor(private readonly limit: number) {}
  fits(text: string, reserve = 0): boolean {
    return this.used + text.length + 1 + reserve <= this.limit;
  }
  add(text: string): boolean {
    if (!this.fits(text)) return false;
    this.lines.push(text);
    this.used += text.length + 1;
    return true;
  }
  /** Rows until the row limit or the budget; then "… n more". */
  table(header: string[], rows: Iterable<string[]>, total: number, maxRows: number, noun: string): void {
    const head = `| ${header.join(" | ")} |\n|${header.map(() => "---").join("|")}|`;
    const note = (n: number) => `\n_… ${n} more ${noun} (see the full report)._`;
    if (!this.fits(head, 80)) return;
    this.add(head);
    let shown = 0;
    for (const row of rows) {
      const line = `| ${row.map(cell).join(" | ")} |`;
      if (shown >= maxRows || !this.fits(line, 80)) break;
      this.add(line);
      shown++;
    }
    if (total > shown) this.add(note(total - shown));
  }
}

/** Keeps the `n` first findings by a comparison, reading the findings once. */
function top(
  findings: Iterable<FindingRecord>,
  n: number,
  keep: (f: FindingRecord) => boolean,
  compare: (a: FindingRecord, b: FindingRecord) => number,
) {
  const out: FindingRecord[] = [];
  let total = 0;
  for (const f of findings) {
    if (!keep(f)) continue;
    total++;
    if (out.length === n && compare(f, out[n - 1]) >= 0) continue;
    let i = out.length;
    while (i > 0 && compare(f, out[i - 1]) < 0) i--;
    out.splice(i, 0, f);
    if (out.length > n) out.pop();
  }
  return { rows: out, total };
}

const bySeverity = (a: FindingRecord, b: FindingRecord) =>
  SEVERITY_ORDER[a.severity ?? "none"] - SEVERITY_ORDER[b.severity ?? "none"] ||
  Number(b.enforcementLevel === "mandatory") - Number(a.enforcementLevel === "mandatory");

export function renderMarkdown(report: ComplianceReport, opts: MarkdownOptions = {}): string {
  const maxRows = opts.maxRows ?? 50;
  const md = new Budget(opts.maxLength ?? 60_000);
  const s = report.summary;
  md.add("## Palisade compliance report");
  md.add("");
  md.add(
    `${report.outcome.failed ? "❌" : report.options.failOn === "none" ? "⚪" : "✅"} **${outcomeBadge(report).label}:** ${cell(report.outcome.reason)} (\`--fail-on ${report.options.failOn}\`)`,
  );
  md.add("");
  md.add(
    `${s.stacks} stack(s) from ${s.inputs} input(s), ${s.resources} resources · ${s.total} findings (${s.mandatory} mandatory, ${s.advisory} advisory) · ` +
      `${s.new} new, ${s.accepted} accepted${s.expired > 0 ? `, ${s.expired} with an expired acceptance` : ""}${s.cannotEvaluate > 0 ? ` · ${s.cannotEvaluate} could not be evaluated at preview` : ""}`,
  );
  md.add("");
  const failed = report.inputs.filter((i) => i.status === "failed");
  if (failed.length > 0) {
    md.add(`> [!WARNING]\n> ${failed.length} input(s) could not be read or evaluated; the report covers the rest.`);
    for (const i of failed.slice(0, maxRows)) md.add(`> - ${code(i.path)}: ${cell(i.error)}`);
    if (failed.length > maxRows) md.add(`> - … ${failed.length - maxRows} more`);
    md.add("");
  }

  md.add("### Framework coverage");
  md.add("");
  md.table(
    ["Framework", "Requirements", "Automated", "…also in the landing zone", "…also auto-remediated", "Manual", "Not covered yet"],
    report.frameworks.map((f) => [
      `${f.label} (${f.id})`,
      String(f.coverage.requirements),
      String(f.coverage.automated),
      String(f.coverage.preventive),
      String(f.coverage.response),
      String(f.coverage.manual),
      String(f.coverage.notCovered),
    ]),
    report.frameworks.length,
    maxRows,
    "frameworks",
  );
  md.add("");

  md.add("### Results per stack");
  md.add("");
  md.add("Automated requirements of each framework, by their status in the stack.");
  md.add("");
  const perStack = report.frameworks.flatMap((f) =>
    f.stacks.map((index, k) => ({ f, stack: report.stacks[index], counts: f.perStack[k] })),
  );
  md.table(
    ["Stack", "Framework", "Passing", "Failing", "Accepted", "Cannot evaluate", "Not applicable"],
    perStack.map(({ f, stack, counts }) => [
      stack.id,
      `${f.id}: ${f.coverage.automated} of ${f.coverage.requirements} automated`,
      String(counts.pass),
      String(counts.fail),
      String(counts.accepted),
      String(counts["cannot-evaluate"]),
      String(counts["not-applicable"]),
    ]),
    perStack.length,
    maxRows,
    "rows",
  );
  md.add("");

  const fresh = top(report.findings(), maxRows, (f) => f.new && f.kind === "violation", bySeverity);
  md.add(`### New findings (${fresh.total})`);
  md.add("");
  if (fresh.total === 0) md.add("None.");
  else
    md.table(
      ["Severity", "Level", "Stack", "Control", "Resource", "Message"],
      fresh.rows.map((f) => [
        f.severity ?? "",
        f.enforcementLevel,
        f.stack,
        f.controlId ?? f.policy,
        `${f.urn.split("::").pop()} (${f.resourceType})`,
        `${f.message}${f.acceptance?.expired ? ` — ${f.acceptance.source} "${f.acceptance.reason}" expired on ${f.acceptance.expires}` : ""}`,
      ]),
      fresh.total,
      maxRows,
      "new findings",
    );
  md.add("");

  const failingControls = new Set(report.stacks.flatMap((st) => st.controls.filter((c) => c.status === "fail").map((c) => c.controlId)));
  const failing = report.frameworks.flatMap((f) => f.requirements.filter((r) => r.counts.fail > 0).map((r) => ({ f, r })));
  md.add(`### Failing requirements (${failing.length})`);
  md.add("");
  if (failing.length === 0) md.add("None.");
  else
    md.table(
      ["Framework", "Requirement", "Title", "Stacks failing", "Failing controls"],
      failing.map(({ f, r }) => [
        f.id,
        r.id,
        r.title,
        `${r.counts.fail} of ${f.stacks.length}`,
        r.controls.filter((id) => failingControls.has(id)).join(", "),
      ]),
      failing.length,
      maxRows,
      "failing requirements",
    );
  md.add("");

  if (s.accepted > 0 || s.expired > 0) {
    const accepted = top(report.findings(), maxRows, (f) => f.acceptance !== null, bySeverity);
    md.add(`### Accepted findings (${accepted.total})`);
    md.add("");
    md.table(
      ["Severity", "Stack", "Control", "Resource", "Accepted by", "Reason", "Until"],
      accepted.rows.map((f) => [
        (f.severity ?? "") as Severity | "",
        f.stack,
        f.controlId ?? f.policy,
        f.urn.split("::").pop() ?? f.urn,
        `${f.acceptance!.source}${f.acceptance!.expired ? " (expired)" : ""}`,
        f.acceptance!.reason,
        f.acceptance!.expires ?? "no expiry",
      ]),
      accepted.total,
      maxRows,
      "accepted findings",
    );
    md.add("");
  }
  md.add(`<sub>Palisade ${report.tool.version} · ${report.generatedAt}</sub>`);
  return `${md.lines.join("\n")}\n`;
}
