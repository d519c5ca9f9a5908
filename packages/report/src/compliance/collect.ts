import {
  allControls,
  type Cloud,
  type Control,
  type ControlSettings,
  checkProps,
  controlById,
  type Exemption,
  type FrameworkId,
} from "@palisade/controls";
import type { StackSnapshot } from "@palisade/engine";
import type { Finding, StackResult } from "../model";
import { acceptanceOf, type Baseline, findingFingerprint, today } from "./acceptance";
import { applicability } from "./applicability";
import { frameworkAutomation, relevantFrameworks } from "./frameworks";
import {
  type Acceptance,
  CELL_CODE,
  CELL_STATUSES,
  type CellStatus,
  type ComplianceReport,
  type ControlResult,
  type ControlSummary,
  type Evidence,
  type FailOn,
  type FindingCounts,
  type FindingKind,
  type FindingRecord,
  type FrameworkReport,
  type InputReport,
  type StackReport,
  type StackWithEvidence,
  zeroCounts,
  zeroFindingCounts,
} from "./model";
import { Spool } from "./spool";

export interface CollectorOptions {
  toolVersion: string;
  failOn: FailOn;
  /** Frameworks to report; default: those relevant to the clouds of the stacks read. */
  frameworks?: readonly FrameworkId[];
  /** Findings listed as evidence per control and stack (all are counted, and listed in `findings`). */
  evidenceLimit?: number;
  baseline?: Baseline;
  /** Policy-pack config exemptions per control id; the report applies them so exempted findings stay visible. */
  exemptions?: ReadonlyMap<string, readonly Exemption[]>;
  /** `--baseline` as given, for the record. */
  baselinePath?: string | null;
  /** The control catalogue the coverage is computed from (default: every control). */
  controls?: readonly Control[];
  now?: Date;
}

/** What the evaluation of one stack knows beyond its findings. */
export interface StackEvaluation {
  clouds: Cloud[];
  /** Controls that ran on the stack (its clouds' packs, minus those the config disables). */
  controls: readonly Control[];
  /** Controls of those packs the config disables: they cannot say pass or fail where they would apply. */
  disabled?: readonly Control[];
  /** Per URN, controls the analyzer reported not applicable to that resource. */
  notApplicable?: ReadonlyMap<string, ReadonlySet<string>>;
  /** Settings per control as configured. */
  settings?: (control: Control) => ControlSettings;
}

export const DEFAULT_EVIDENCE_LIMIT = 10;

/** A finding that says a check could not run because a value is unknown at preview (ours or any pack's wording). */
export function isCannotEvaluate(f: Pick<Finding, "message">): boolean {
  return f.message.includes("cannot be evaluated at preview") || f.message.includes("can't run policy");
}

const isMandatory = (level: string) => level === "mandatory" || level === "remediate";
const rank = (s: CellStatus) => CELL_STATUSES.indexOf(s);
export const strongest = (a: CellStatus, b: CellStatus): CellStatus => (rank(a) <= rank(b) ? a : b);

const TYPE_CLOUD: [string, Cloud][] = [
  ["aws:", "aws"],
  ["azure-native:", "azure"],
  ["gcp:", "gcp"],
];
function cloudOf(f: Finding): string {
  const control = f.controlId ? controlById(f.controlId) : undefined;
  return control?.cloud ?? TYPE_CLOUD.find(([prefix]) => f.resourceType.startsWith(prefix))?.[1] ?? "other";
}

function addTo(c: FindingCounts, r: FindingRecord): void {
  c.total++;
  if (isMandatory(r.enforcementLevel)) c.mandatory++;
  else c.advisory++;
  if (r.new) c.new++;
  if (r.new && isMandatory(r.enforcementLevel)) c.newMandatory++;
  if (r.acceptance && !r.acceptance.expired) c.accepted++;
  if (r.acceptance?.expired) c.expired++;
  if (r.kind === "cannot-evaluate") c.cannotEvaluate++;
  c.bySeverity[r.severity ?? "none"]++;
}

/** Evidence order: unaccepted violations, accepted ones, then checks that could not run. */
function evidenceRank(e: Evidence): number {
  if (e.kind === "cannot-evaluate") return 2;
  return e.acceptance && !e.acceptance.expired ? 1 : 0;
}

/** What the collector counts per control while it reads a stack's findings. */
interface Tally {
  findings: number;
  failing: Set<string>;
  accepted: Set<string>;
  unknown: Set<string>;
}

/**
 * The stacks of a report in order, each with its controls' evidence: the first `evidenceLimit` findings of
 * each control (unaccepted violations first), read back from the spool, where a stack's findings follow
 * each other. Evidence is never all in memory: one stack's findings at a time.
 */
export function* withEvidence(report: ComplianceReport): Generator<StackWithEvidence> {
  const limit = report.options.evidenceLimit;
  const records = report.findings()[Symbol.iterator]();
  let next = records.next();
  for (const [index, stack] of report.stacks.entries()) {
    const byRule = new Map<string, Evidence[]>();
    while (!next.done && next.value.stack === stack.id) {
      const { stack: _s, controlId, policy, policyPack, new: _n, ...evidence } = next.value;
      const ruleId = controlId ?? `${policyPack}/${policy}`;
      const list = byRule.get(ruleId);
      if (list) list.push(evidence);
      else byRule.set(ruleId, [evidence]);
      next = records.next();
    }
    const controls = stack.controls.map((c): ControlResult => {
      const all = byRule.get(c.controlId) ?? [];
      const evidence = all
        .map((e, i) => ({ e, i }))
        .sort((a, b) => evidenceRank(a.e) - evidenceRank(b.e) || a.i - b.i)
        .slice(0, limit)
        .map(({ e }) => e);
      return { ...c, evidence, evidenceOmitted: all.length - evidence.length };
    });
    yield { index, stack, controls };
  }
}

/**
 * Builds the compliance report one stack at a time: per stack it keeps counters per control and a
 * bounded list of evidence; every finding goes to a spool on disk. Call `dispose()` when done.
 */
export class ComplianceCollector {
  private readonly stacks: StackReport[] = [];
  private readonly inputs = new Map<string, InputReport>();
  private readonly spool = new Spool<FindingRecord>();
  private readonly ids = new Set<string>();
  private readonly totals = zeroFindingCounts();
  private readonly byCloud: Record<string, number> = {};
  private readonly clouds = new Set<Cloud>();
  private readonly day: string;
  private readonly now: Date;
  private readonly evidenceLimit: number;

  constructor(private readonly opts: CollectorOptions) {
    this.now = opts.now ?? new Date();
    this.day = today(this.now);
    this.evidenceLimit = opts.evidenceLimit ?? DEFAULT_EVIDENCE_LIMIT;
  }

  /** Registers an input, so that one that holds no stack is still listed. */
  input(path: string): InputReport {
    let input = this.inputs.get(path);
    if (!input) {
      input = { path, status: "ok", stacks: [], error: null };
      this.inputs.set(path, input);
    }
    return input;
  }

  /** Marks an input as failed (`--keep-going`): it is named, with the reason, in every format. */
  addFailure(path: string, error: string): void {
    const input = this.input(path);
    input.status = "failed";
    input.error = error;
  }

  addStack(inputPath: string, snapshot: StackSnapshot, scan: StackResult, evaluation: StackEvaluation): StackReport {
    const input = this.input(inputPath);
    let id = `${snapshot.project}/${snapshot.stack}`;
    for (let n = 2; this.ids.has(id); n++) id = `${snapshot.project}/${snapshot.stack} (${n})`;
    this.ids.add(id);
    input.stacks.push(id);
    for (const c of evaluation.clouds) this.clouds.add(c);

    const disabled = evaluation.disabled ?? [];
    const applies = applicability(snapshot, [...evaluation.controls, ...disabled], {
      notApplicable: evaluation.notApplicable,
      settings: evaluation.settings,
    });
    const byUrn = new Map(snapshot.resources.map((r) => [r.urn, r]));
    const counts = zeroFindingCounts();
    const perControl = new Map<string, Tally>();

    for (const f of scan.findings) {
      const ruleId = f.controlId ?? `${f.policyPack}/${f.policy}`;
      const fingerprint = findingFingerprint(ruleId, f.urn);
      const kind: FindingKind = isCannotEvaluate(f) ? "cannot-evaluate" : "violation";
      const acceptance = this.acceptance(f, fingerprint, byUrn);
      const record: FindingRecord = {
        fingerprint,
        stack: id,
        controlId: f.controlId,
        policyPack: f.policyPack,
        policy: f.policy,
        urn: f.urn,
        resourceType: f.resourceType,
        enforcementLevel: f.enforcementLevel,
        severity: f.severity,
        kind,
        message: f.message,
        acceptance,
        new: !acceptance || acceptance.expired,
      };
      this.spool.write(record);
      addTo(counts, record);
      addTo(this.totals, record);
      const cloud = cloudOf(f);
      this.byCloud[cloud] = (this.byCloud[cloud] ?? 0) + 1;

      let acc = perControl.get(ruleId);
      if (!acc) {
        acc = { findings: 0, failing: new Set(), accepted: new Set(), unknown: new Set() };
        perControl.set(ruleId, acc);
      }
      acc.findings++;
      if (kind === "cannot-evaluate") acc.unknown.add(f.urn);
      else if (record.new) acc.failing.add(f.urn);
      else acc.accepted.add(f.urn);
    }

    const disabledIds = new Set(disabled.map((c) => c.id));
    const controls: ControlSummary[] = [];
    for (const [controlId, app] of applies) {
      const acc = perControl.get(controlId);
      if (app.applicable === 0 && !acc) continue;
      controls.push(
        this.controlResult(controlId, app.applicable, acc, disabledIds.has(controlId) ? "disabled in the policy-pack config" : app.note),
      );
    }
    for (const [ruleId, acc] of perControl) if (!applies.has(ruleId)) controls.push(this.controlResult(ruleId, 0, acc, null));
    controls.sort((a, b) => a.controlId.localeCompare(b.controlId));

    const report: StackReport = {
      id,
      project: snapshot.project,
      stack: snapshot.stack,
      input: inputPath,
      source: scan.source,
      clouds: evaluation.clouds,
      resourceCount: scan.resourceCount,
      policyPacks: scan.policyPacks,
      findings: counts,
      controls,
    };
    this.stacks.push(report);
    return report;
  }

  private acceptance(f: Finding, fingerprint: string, byUrn: Map<string, StackSnapshot["resources"][number]>): Acceptance | null {
    const exemptions = f.controlId ? this.opts.exemptions?.get(f.controlId) : undefined;
    if (!exemptions?.length && !this.opts.baseline) return null;
    const r = byUrn.get(f.urn);
    const control = f.controlId ? controlById(f.controlId) : undefined;
    const subject = {
      urn: f.urn,
      name: r?.name ?? "",
      type: r?.type ?? f.resourceType,
      // As the pack matches tags: a resource check sees inputs, a stack-wide check outputs when known.
      props: r && exemptions?.length ? checkProps(control?.check ? r.inputs : (r.outputs ?? r.inputs)) : {},
    };
    return acceptanceOf(fingerprint, exemptions, subject, this.opts.baseline, this.day);
  }

  private controlResult(controlId: string, applicable: number, acc: Tally | undefined, note: string | null): ControlSummary {
    const failing = acc?.failing.size ?? 0;
    let accepted = 0;
    for (const urn of acc?.accepted ?? []) if (!acc?.failing.has(urn)) accepted++;
    let unknown = 0;
    for (const urn of acc?.unknown ?? []) if (!acc?.failing.has(urn) && !acc?.accepted.has(urn)) unknown++;
    const status: CellStatus =
      failing > 0
        ? "fail"
        : accepted > 0
          ? "accepted"
          : unknown > 0 || (note === "disabled in the policy-pack config" && applicable > 0)
            ? "cannot-evaluate"
            : applicable > 0
              ? "pass"
              : "not-applicable";
    return {
      controlId,
      status,
      applicable,
      passing: Math.max(0, applicable - failing - accepted - unknown),
      failing,
      accepted,
      cannotEvaluate: unknown,
      note,
    };
  }

  /** The report; its `findings()` reads the spool, so call `dispose()` only after rendering. */
  finish(): ComplianceReport {
    const frameworks = [...(this.opts.frameworks ?? relevantFrameworks(this.clouds, this.stacks.length > 0))];
    const byStack = this.stacks.map((s) => new Map(s.controls.map((c) => [c.controlId, c.status])));
    const reports = frameworks.map((id): FrameworkReport => {
      const fa = frameworkAutomation(id, this.opts.controls ?? allControls);
      const stacks = this.stacks.flatMap((s, i) => (fa.cloud === null || s.clouds.includes(fa.cloud) ? [i] : []));
      const perStack = stacks.map(zeroCounts);
      const requirements = fa.requirements.map((r) => {
        const counts = zeroCounts();
        let cells = "";
        if (r.automation === "automated") {
          for (const [k, stackIndex] of stacks.entries()) {
            let status: CellStatus = "not-applicable";
            for (const controlId of r.controls) status = strongest(status, byStack[stackIndex].get(controlId) ?? "not-applicable");
            cells += CELL_CODE[status];
            counts[status]++;
            perStack[k][status]++;
          }
        }
        return {
          id: r.requirement.id,
          title: r.requirement.title,
          section: r.requirement.section ?? null,
          profile: r.requirement.profile ?? null,
          assessment: r.requirement.assessment ?? null,
          automation: r.automation,
          enforcedAt: r.enforcedAt,
          controls: r.controls,
          reason: r.reason,
          counts,
          cells,
        };
      });
      return {
        id,
        label: fa.label,
        name: fa.name,
        version: fa.version,
        cloud: fa.cloud,
        coverage: fa.coverage,
        stacks,
        perStack,
        requirements,
      };
    });

    const failedInputs = [...this.inputs.values()].filter((i) => i.status === "failed");
    const { failOn } = this.opts;
    const outcome: ComplianceReport["outcome"] =
      failedInputs.length > 0
        ? {
            failed: true,
            exitCode: 2,
            reason: `${failedInputs.length} input(s) could not be read or evaluated: ${failedInputs.map((i) => i.path).join(", ")}`,
          }
        : failOn === "mandatory" && this.totals.newMandatory > 0
          ? { failed: true, exitCode: 1, reason: `${this.totals.newMandatory} new mandatory finding(s)` }
          : failOn === "advisory" && this.totals.new > 0
            ? { failed: true, exitCode: 1, reason: `${this.totals.new} new finding(s)` }
            : {
                failed: false,
                exitCode: 0,
                reason:
                  failOn === "none"
                    ? `not gated (--fail-on none): ${this.totals.newMandatory} new mandatory finding(s), ${this.totals.new} new finding(s) in all`
                    : `no new ${failOn === "mandatory" ? "mandatory " : ""}findings${this.totals.accepted > 0 ? ` (${this.totals.accepted} accepted)` : ""}`,
              };
    const spool = this.spool;
    return {
      schemaVersion: 1,
      kind: "palisade-compliance-report",
      tool: { name: "palisade", version: this.opts.toolVersion },
      generatedAt: this.now.toISOString(),
      options: {
        frameworks,
        failOn,
        baseline: this.opts.baselinePath ?? this.opts.baseline?.file ?? null,
        evidenceLimit: this.evidenceLimit,
      },
      outcome,
      summary: {
        ...structuredClone(this.totals),
        stacks: this.stacks.length,
        resources: this.stacks.reduce((n, s) => n + s.resourceCount, 0),
        inputs: this.inputs.size,
        failedInputs: failedInputs.length,
        byCloud: { ...this.byCloud },
      },
      inputs: [...this.inputs.values()],
      frameworks: reports,
      stacks: this.stacks,
      findings: () => spool.read(),
    };
  }

  dispose(): void {
    this.spool.dispose();
  }
}
