import { controlById } from "@palisade/controls";
import { afterEach, describe, expect, it } from "vitest";
import { collect, devStack, prodStack } from "../../test/compliance-fixture";
import { Baseline, findingFingerprint } from "./acceptance";
import { type ComplianceCollector, withEvidence } from "./collect";
import type { ComplianceReport } from "./model";
import { cellOf, controlsOf, coverageLine } from "./view";

const EBS = "aws-ec2-ebs-volume-encrypted";
const IMDS = "aws-ec2-instance-imdsv2";

let collectors: ComplianceCollector[] = [];
afterEach(() => {
  for (const c of collectors) c.dispose();
  collectors = [];
});
function run(...args: Parameters<typeof collect>): ComplianceReport {
  const { report, collector } = collect(...args);
  collectors.push(collector);
  return report;
}

/** A control's result in a stack, with its evidence read back from the spool. */
function result(report: ComplianceReport, stackId: string, controlId: string) {
  for (const s of withEvidence(report)) if (s.stack.id === stackId) return s.controls.find((c) => c.controlId === controlId);
  return undefined;
}

/** The status of a requirement of a framework in a stack. */
function cell(report: ComplianceReport, framework: string, requirement: string, stackId: string) {
  const f = report.frameworks.find((x) => x.id === framework)!;
  const k = f.stacks.findIndex((i) => report.stacks[i].id === stackId);
  return cellOf(f.requirements.find((r) => r.id === requirement)!, k);
}

describe("ComplianceCollector", () => {
  it("derives pass, fail, cannot-evaluate and not-applicable per control from applicable resources and findings", () => {
    const report = run([prodStack(), devStack()]);
    const [prod, dev] = report.stacks;
    expect(prod.id).toBe("acme/prod");
    expect(controlsOf(prod).get(EBS)).toMatchObject({ status: "fail", applicable: 2, failing: 1, passing: 1, accepted: 0 });
    const ebs = result(report, "acme/prod", EBS)!;
    expect(ebs.evidence).toHaveLength(1);
    expect(ebs.evidence[0]).toMatchObject({ urn: expect.stringContaining("::plain"), enforcementLevel: "mandatory", kind: "violation" });
    expect(controlsOf(prod).get(IMDS)).toMatchObject({ status: "cannot-evaluate", cannotEvaluate: 1 });
    expect(controlsOf(dev).get(EBS)).toMatchObject({ status: "pass", applicable: 1, passing: 1 });
    // Controls with nothing to decide are not listed: not applicable.
    expect(controlsOf(dev).has(IMDS)).toBe(false);
  });

  it("gives every requirement of the framework a status per stack from its controls", () => {
    const report = run([prodStack(), devStack()]);
    const cis = report.frameworks.find((f) => f.id === "cis-aws-7.0")!;
    expect(cis.requirements).toHaveLength(cis.coverage.requirements);
    for (const req of controlById(EBS)!.frameworks["cis-aws-7.0"] ?? []) {
      expect(cell(report, "cis-aws-7.0", req, "acme/prod")).toBe("fail");
      expect(cell(report, "cis-aws-7.0", req, "acme/dev")).toBe("pass");
    }
    // Counts per stack add up to the automated requirements.
    for (const [k] of cis.stacks.entries()) {
      const c = cis.perStack[k];
      expect(c.pass + c.fail + c.accepted + c["cannot-evaluate"] + c["not-applicable"]).toBe(cis.coverage.automated);
    }
    expect(coverageLine(report, cis, 1)).toMatch(/^CIS .* 7\.0: \d+ of 70 automated; \d+ passing in acme\/dev$/);
    // Manual requirements carry their reason and no per-stack status.
    const manual = cis.requirements.find((r) => r.automation === "manual")!;
    expect(manual.reason).toBeTruthy();
    expect(manual.cells).toBe("");
  });

  it("keeps every finding on disk and counts them", () => {
    const report = run([prodStack(), devStack()]);
    const findings = [...report.findings()];
    expect(findings.length).toBe(report.summary.total);
    expect(report.summary.total).toBe(report.stacks.reduce((n, s) => n + s.findings.total, 0));
    expect(findings.filter((f) => f.kind === "cannot-evaluate").length).toBe(report.summary.cannotEvaluate);
    expect(report.summary.newMandatory).toBeGreaterThan(0);
    expect(report.outcome).toMatchObject({ failed: true, exitCode: 1 });
    // Read twice: the spool is re-readable.
    expect([...report.findings()].length).toBe(findings.length);
  });

  it("scrubs secrets from messages and evidence", () => {
    const report = run([prodStack()]);
    const text = JSON.stringify([...report.findings()]) + JSON.stringify([...withEvidence(report)]);
    expect(text).not.toContain("s3cr3t-description-value");
  });

  it("accepts baseline findings (still listed, with the reason) and fails on expired entries", () => {
    const urn = "urn:pulumi:prod::acme::aws:ebs/volume:Volume::plain";
    const fingerprint = findingFingerprint(EBS, urn);
    const others = (expires: string) =>
      [...collect([prodStack()]).report.findings()].map((f) => ({
        ...f,
        reason: "known",
        expires,
        acceptedAt: null,
        controlId: f.controlId,
      }));
    const valid = run([prodStack()], { baseline: new Baseline("b.json", others("2026-12-31")) });
    const ebs = result(valid, "acme/prod", EBS)!;
    expect(ebs).toMatchObject({ status: "accepted", failing: 0, accepted: 1 });
    expect(ebs.evidence[0].acceptance).toEqual({ source: "baseline", reason: "known", expires: "2026-12-31", expired: false });
    expect(valid.summary.new).toBe(0);
    expect(valid.outcome).toMatchObject({ failed: false, exitCode: 0 });
    expect([...valid.findings()].find((f) => f.fingerprint === fingerprint)?.new).toBe(false);

    const expired = run([prodStack()], { baseline: new Baseline("b.json", others("2026-05-31")) });
    expect(controlsOf(expired.stacks[0]).get(EBS)?.status).toBe("fail");
    expect(expired.summary.expired).toBe(expired.summary.total);
    expect(expired.outcome.exitCode).toBe(1);
  });

  it("applies exemptions from the policy-pack config and keeps the exempted findings visible", () => {
    const report = run([prodStack()], {
      exemptions: new Map([[EBS, [{ tag: { key: "team", value: "data" }, reason: "scratch data", expires: "2026-07-01" }]]]),
    });
    const ebs = result(report, "acme/prod", EBS)!;
    expect(ebs.status).toBe("accepted");
    expect(ebs.evidence[0].acceptance).toMatchObject({ source: "exemption", reason: "scratch data", expires: "2026-07-01" });
  });

  it("honours --fail-on", () => {
    const ungated = run([prodStack()], { failOn: "none" });
    expect(ungated.outcome).toMatchObject({ failed: false, exitCode: 0 });
    // Nothing was decided: the reason says so, with the counts a gate would have used.
    expect(ungated.summary.newMandatory).toBeGreaterThan(0);
    expect(ungated.outcome.reason).toBe(
      `not gated (--fail-on none): ${ungated.summary.newMandatory} new mandatory finding(s), ${ungated.summary.new} new finding(s) in all`,
    );
    // acme/dev has advisory findings only (e.g. missing tags).
    const dev = run([devStack()]);
    expect(dev.summary).toMatchObject({ newMandatory: 0 });
    expect(dev.summary.new).toBeGreaterThan(0);
    expect(dev.outcome.exitCode).toBe(0);
    expect(run([devStack()], { failOn: "advisory" }).outcome.exitCode).toBe(1);
  });

  it("lists evidence per control and stack in order: unaccepted violations first, up to the limit", () => {
    const many = prodStack();
    for (let i = 0; i < 12; i++) many.resources.push({ ...many.resources[2], urn: `${many.resources[2].urn}${i}`, name: `plain${i}` });
    const report = run([many]);
    const ebs = result(report, "acme/prod", EBS)!;
    expect(ebs.failing).toBe(13);
    expect(ebs.evidence).toHaveLength(10);
    expect(ebs.evidenceOmitted).toBe(3);
    // Evidence of other stacks does not leak in: each stack reads its own findings.
    const two = run([many, devStack()]);
    expect(result(two, "acme/dev", EBS)?.evidence).toEqual([]);
  });

  it("bounds the evidence kept per control and stack, counting the rest", () => {
    const report = run([prodStack()], { evidenceLimit: 0 });
    const ebs = result(report, "acme/prod", EBS)!;
    expect(ebs.evidence).toEqual([]);
    expect(ebs.evidenceOmitted).toBe(1);
  });

  it("marks failed inputs, lists them, and exits 2", () => {
    const { report, collector } = collect([devStack()]);
    collectors.push(collector);
    expect(report.outcome.exitCode).toBe(0);
    collector.addFailure("broken.json", "invalid JSON");
    const again = collector.finish();
    expect(again.inputs.find((i) => i.path === "broken.json")).toEqual({
      path: "broken.json",
      status: "failed",
      stacks: [],
      error: "invalid JSON",
    });
    expect(again.outcome).toMatchObject({ failed: true, exitCode: 2 });
  });

  it("reports only the selected frameworks, and the frameworks of the clouds present by default", () => {
    expect(run([devStack()]).frameworks.map((f) => f.id)).not.toContain("cis-azure-6.0");
    expect(run([devStack()], { frameworks: ["soc2"] }).frameworks.map((f) => f.id)).toEqual(["soc2"]);
  });

  it("names two stacks with the same name from different inputs apart", () => {
    const report = run([devStack(), devStack()]);
    expect(report.stacks.map((s) => s.id)).toEqual(["acme/dev", "acme/dev (2)"]);
  });
});
