import type { Cloud, FrameworkId, Severity } from "@palisade/controls";
import type { FindingLevel } from "../model";

/**
 * The compliance report (`palisade report`): every requirement of the selected framework catalogues,
 * how Palisade automates it, and per stack whether it passes. The JSON format (schemaVersion 1, JSON
 * Schema in schema/compliance-report.schema.json) is this model; every other format is rendered from it.
 *
 * Per requirement and stack the report holds only a status code, and per control and stack counters and
 * a bounded list of evidence, so it stays small however many stacks are read. Every finding is kept on
 * disk (see `FindingSpool`) for the formats that list them all (JSON, SARIF, JUnit).
 */

/** The outcome of a requirement (or a control) in one stack. */
export type CellStatus = "pass" | "fail" | "accepted" | "cannot-evaluate" | "not-applicable";
/** Strongest first: a requirement takes the strongest status of its controls. */
export const CELL_STATUSES: readonly CellStatus[] = ["fail", "accepted", "cannot-evaluate", "pass", "not-applicable"];
export const CELL_CODE: Record<CellStatus, string> = {
  fail: "F",
  accepted: "A",
  "cannot-evaluate": "C",
  pass: "P",
  "not-applicable": "N",
};
export const STATUS_OF_CODE: Record<string, CellStatus> = Object.fromEntries(
  Object.entries(CELL_CODE).map(([status, code]) => [code, status as CellStatus]),
);

/** How a requirement is covered: by controls, by an assessor (with the reason), or not yet. */
export type Automation = "automated" | "manual" | "not-covered";
export type EnforcementPoint = "preview" | "preventive" | "response";
export type FailOn = "mandatory" | "advisory" | "none";

export type StatusCounts = Record<CellStatus, number>;
export const zeroCounts = (): StatusCounts => ({ fail: 0, accepted: 0, "cannot-evaluate": 0, pass: 0, "not-applicable": 0 });

/** Why a finding does not fail the run: a baseline entry or a policy-pack exemption, possibly expired. */
export interface Acceptance {
  source: "baseline" | "exemption";
  reason: string;
  /** Last day (YYYY-MM-DD) the acceptance applies; null when it does not expire. */
  expires: string | null;
  /** An expired acceptance no longer applies: the finding counts as new again. */
  expired: boolean;
}

export type FindingKind = "violation" | "cannot-evaluate";

/** One finding, as listed in full in the JSON report (and usable as a baseline). */
export interface FindingRecord {
  /** Same as SARIF's `palisadeFinding/v1` partial fingerprint: control (or pack/policy) + URN. */
  fingerprint: string;
  stack: string;
  controlId: string | null;
  policyPack: string;
  policy: string;
  urn: string;
  resourceType: string;
  enforcementLevel: FindingLevel;
  severity: Severity | null;
  kind: FindingKind;
  message: string;
  acceptance: Acceptance | null;
  /** Not accepted (or its acceptance expired): what `--fail-on` looks at. */
  new: boolean;
}

/** Evidence kept for a control in a stack (bounded by the evidence limit). */
export interface Evidence {
  urn: string;
  resourceType: string;
  enforcementLevel: FindingLevel;
  severity: Severity | null;
  kind: FindingKind;
  message: string;
  fingerprint: string;
  acceptance: Acceptance | null;
}

/** One control in one stack: the counters the report keeps in memory. */
export interface ControlSummary {
  controlId: string;
  status: CellStatus;
  /** Resources the control applies to (the stack itself for stack-wide controls). */
  applicable: number;
  /** Applicable resources with no finding. */
  passing: number;
  /** Resources with a violation that is not accepted. */
  failing: number;
  /** Resources whose every violation is accepted. */
  accepted: number;
  /** Resources the control could not decide (a value unknown at preview). */
  cannotEvaluate: number;
  /** Why the control did not apply or did not run, when it says. */
  note: string | null;
}

/** One control in one stack, as rendered: the counters and the evidence, read back from the spool. */
export interface ControlResult extends ControlSummary {
  evidence: Evidence[];
  /** Findings beyond the evidence limit, counted but not listed here (all are in `findings`). */
  evidenceOmitted: number;
}

export interface FindingCounts {
  total: number;
  mandatory: number;
  advisory: number;
  /** Not accepted, or accepted until a date that has passed. */
  new: number;
  newMandatory: number;
  accepted: number;
  /** Findings whose baseline entry or exemption has expired. */
  expired: number;
  cannotEvaluate: number;
  bySeverity: Record<Severity | "none", number>;
}

export const zeroFindingCounts = (): FindingCounts => ({
  total: 0,
  mandatory: 0,
  advisory: 0,
  new: 0,
  newMandatory: 0,
  accepted: 0,
  expired: 0,
  cannotEvaluate: 0,
  bySeverity: { critical: 0, high: 0, medium: 0, low: 0, none: 0 },
});

export interface StackReport {
  /** `project/stack`, made unique when two inputs hold the same stack. */
  id: string;
  project: string;
  stack: string;
  /** The command-line input the stack came from. */
  input: string;
  source: { kind: string; path: string };
  clouds: Cloud[];
  resourceCount: number;
  policyPacks: { name: string; version: string; mode: "grpc" | "in-process"; path?: string }[];
  findings: FindingCounts;
  /** Controls that applied to the stack or reported a finding, by id (counters; see `withEvidence`). */
  controls: ControlSummary[];
}

export interface InputReport {
  path: string;
  status: "ok" | "failed";
  stacks: string[];
  error: string | null;
}

export interface RequirementReport {
  id: string;
  title: string;
  section: string | null;
  profile: string | null;
  /** CIS only: how CIS classifies the recommendation. */
  assessment: "Automated" | "Manual" | null;
  automation: Automation;
  /** Where the mapped controls are enforced (empty unless automated). */
  enforcedAt: EnforcementPoint[];
  controls: string[];
  /** Manual: why it is not automated. */
  reason: string | null;
  counts: StatusCounts;
  /** One status code per stack of the framework (`CELL_CODE`), empty unless automated. */
  cells: string;
}

export interface FrameworkCoverageFigures {
  requirements: number;
  automated: number;
  /** Automated requirements with at least one control also deployed preventively by a landing zone. */
  preventive: number;
  /** Automated requirements with at least one control that also has a response form (remediated after deployment by a runbook). */
  response: number;
  /** Automated requirements enforced at preview only. */
  previewOnly: number;
  manual: number;
  notCovered: number;
  /** CIS only: recommendations CIS classes as Automated. */
  cisAutomated: number | null;
}

export interface FrameworkReport {
  id: FrameworkId;
  label: string;
  name: string;
  version: string;
  cloud: Cloud | null;
  coverage: FrameworkCoverageFigures;
  /** Indexes into `ComplianceReport.stacks` of the stacks this framework applies to (by cloud). */
  stacks: number[];
  /** Per stack of `stacks`: how many requirements have each status. */
  perStack: StatusCounts[];
  requirements: RequirementReport[];
}

export interface ComplianceSummary extends FindingCounts {
  stacks: number;
  resources: number;
  inputs: number;
  failedInputs: number;
  byCloud: Record<string, number>;
}

export interface ComplianceReport {
  schemaVersion: 1;
  kind: "palisade-compliance-report";
  tool: { name: "palisade"; version: string };
  generatedAt: string;
  options: { frameworks: FrameworkId[]; failOn: FailOn; baseline: string | null; evidenceLimit: number };
  outcome: { failed: boolean; exitCode: 0 | 1 | 2; reason: string };
  summary: ComplianceSummary;
  inputs: InputReport[];
  frameworks: FrameworkReport[];
  stacks: StackReport[];
  /** Every finding, read back from disk stack after stack: iterate, do not keep. */
  findings(): Iterable<FindingRecord>;
}

/** A stack with its controls' evidence, as renderers see it (one stack at a time). */
export interface StackWithEvidence {
  index: number;
  stack: StackReport;
  controls: ControlResult[];
}
