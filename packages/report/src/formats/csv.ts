import type { ComplianceReport } from "../compliance/model";
import { enforcedAtLabel, rowSeverity, rows } from "../compliance/view";

/**
 * CSV for auditors (RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a comma,
 * quote or line break, quotes doubled): one row per framework requirement × stack, stack after stack, plus
 * one row per input that could not be read. Streamed row by row.
 */

export const CSV_COLUMNS = [
  "framework",
  "framework_name",
  "requirement_id",
  "requirement_title",
  "section",
  "automation",
  "enforced_at",
  "controls",
  "reason",
  "stack",
  "input",
  "status",
  "severity",
  "applicable_resources",
  "passing_resources",
  "failing_resources",
  "accepted_resources",
  "cannot_evaluate_resources",
  "evidence",
  "acceptance",
] as const;

/** One field: quoted when needed; a leading = + - @ is prefixed with ' so spreadsheets do not run it as a formula. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let s = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvLine = (fields: (string | number | null | undefined)[]): string => `${fields.map(csvField).join(",")}\r\n`;

export function* renderCsv(report: ComplianceReport): Generator<string> {
  yield csvLine([...CSV_COLUMNS]);
  const batch: string[] = [];
  for (const row of rows(report)) {
    const { framework: f, requirement: r, stack: s, status, controls } = row;
    const automated = r.automation === "automated";
    const sum = (key: "applicable" | "passing" | "failing" | "accepted" | "cannotEvaluate") =>
      automated ? controls.reduce((n, c) => n + c[key], 0) : null;
    const evidence = controls
      .flatMap((c) =>
        c.evidence.map((e) => `${e.urn} [${c.controlId}, ${e.kind === "cannot-evaluate" ? "cannot be evaluated" : e.enforcementLevel}]`),
      )
      .join("; ");
    const acceptance = [
      ...new Set(
        controls.flatMap((c) =>
          c.evidence
            .filter((e) => e.acceptance)
            .map((e) => {
              const a = e.acceptance!;
              return `${a.source}${a.expired ? " (expired)" : ""}: ${a.reason}${a.expires ? ` (until ${a.expires})` : ""}`;
            }),
        ),
      ),
    ].join("; ");
    batch.push(
      csvLine([
        f.id,
        f.label,
        r.id,
        r.title,
        r.section,
        r.automation,
        enforcedAtLabel(r.enforcedAt),
        r.controls.join("; "),
        r.reason,
        s.id,
        s.input,
        status,
        automated ? rowSeverity(row) : null,
        sum("applicable"),
        sum("passing"),
        sum("failing"),
        sum("accepted"),
        sum("cannotEvaluate"),
        evidence,
        acceptance,
      ]),
    );
    if (batch.length >= 1000) yield batch.splice(0).join("");
  }
  if (batch.length > 0) yield batch.join("");
  for (const input of report.inputs) {
    if (input.status !== "failed") continue;
    const fields: (string | null)[] = CSV_COLUMNS.map(() => null);
    fields[CSV_COLUMNS.indexOf("input")] = input.path;
    fields[CSV_COLUMNS.indexOf("status")] = "input-error";
    fields[CSV_COLUMNS.indexOf("reason")] = input.error;
    yield csvLine(fields);
  }
}
