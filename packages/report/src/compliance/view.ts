import { controlById, type Severity } from "@palisade/controls";
import { withEvidence } from "./collect";
import type { CellStatus, ComplianceReport, ControlResult, ControlSummary, FrameworkReport, RequirementReport, StackReport } from "./model";
import { STATUS_OF_CODE } from "./model";

/** Helpers the renderers share: one row per framework requirement × stack, with its controls' results. */

export type RowStatus = CellStatus | "manual" | "not-covered";

export interface Row {
  framework: FrameworkReport;
  requirement: RequirementReport;
  stack: StackReport;
  status: RowStatus;
  /** Results of the requirement's controls in the stack, with evidence (controls that did not apply are absent). */
  controls: ControlResult[];
}

const controlMaps = new WeakMap<StackReport, Map<string, ControlSummary>>();

/** A stack's control counters by control id. */
export function controlsOf(stack: StackReport): Map<string, ControlSummary> {
  let map = controlMaps.get(stack);
  if (!map) {
    map = new Map(stack.controls.map((c) => [c.controlId, c]));
    controlMaps.set(stack, map);
  }
  return map;
}

export function cellOf(requirement: RequirementReport, k: number): RowStatus {
  if (requirement.automation !== "automated") return requirement.automation;
  return STATUS_OF_CODE[requirement.cells[k]] ?? "not-applicable";
}

/**
 * One row per framework requirement × stack, stack after stack (so each stack's evidence is read from the
 * spool once, and only one stack's is in memory), frameworks and requirements in catalogue order.
 */
export function* rows(report: ComplianceReport): Generator<Row> {
  const positions = report.frameworks.map((f) => new Map(f.stacks.map((stackIndex, k) => [stackIndex, k])));
  for (const { index, stack, controls } of withEvidence(report)) {
    const byId = new Map(controls.map((c) => [c.controlId, c]));
    for (const [i, framework] of report.frameworks.entries()) {
      const k = positions[i].get(index);
      if (k === undefined) continue;
      for (const requirement of framework.requirements) {
        const mapped = requirement.controls.map((id) => byId.get(id)).filter((c): c is ControlResult => !!c);
        yield { framework, requirement, stack, status: cellOf(requirement, k), controls: mapped };
      }
    }
  }
}

const SEVERITY_RANK: Record<Severity, number> = { critical: 4, high: 3, medium: 2, low: 1 };

export function maxSeverity(severities: Iterable<Severity | null | undefined>): Severity | null {
  let best: Severity | null = null;
  for (const s of severities) if (s && (!best || SEVERITY_RANK[s] > SEVERITY_RANK[best])) best = s;
  return best;
}

/** The severity of a row: the highest among the controls that gave it its status. */
export function rowSeverity(row: Pick<Row, "status" | "controls">): Severity | null {
  return maxSeverity(row.controls.filter((c) => c.status === row.status).map((c) => controlById(c.controlId)?.severity));
}

/** "CIS Amazon Web Services Foundations Benchmark 7.0: 41 of 70 automated; 39 passing in acme/prod". */
export function coverageLine(report: ComplianceReport, framework: FrameworkReport, k?: number): string {
  const head = `${framework.label}: ${framework.coverage.automated} of ${framework.coverage.requirements} automated`;
  if (k === undefined) return head;
  const stack = report.stacks[framework.stacks[k]];
  return `${head}; ${framework.perStack[k].pass} passing in ${stack.id}`;
}

export const STATUS_LABEL: Record<RowStatus, string> = {
  pass: "pass",
  fail: "fail",
  accepted: "accepted",
  "cannot-evaluate": "cannot be evaluated",
  "not-applicable": "not applicable",
  manual: "manual",
  "not-covered": "not covered yet",
};

export function enforcedAtLabel(points: readonly string[]): string {
  const base =
    points.includes("preview") && points.includes("preventive")
      ? "preview + landing zone"
      : points.includes("preventive")
        ? "landing zone"
        : points.includes("preview")
          ? "preview"
          : "";
  return points.includes("response") ? (base ? `${base} + response` : "response") : base;
}

/**
 * With `--fail-on none` nothing was decided: a green "Passing" over open mandatory findings would be a
 * false signal, so the badge says "Not gated" (the reason gives the counts).
 */
export function outcomeBadge(report: ComplianceReport): { label: string; className: string } {
  if (report.outcome.failed) return { label: "Failing", className: "failed" };
  if (report.options.failOn === "none") return { label: "Not gated", className: "not-gated" };
  return { label: "Passing", className: "passed" };
}
