import { describe, expect, it } from "vitest";
import { renderSarif } from "../formats/sarif";
import { acceptanceOf, Baseline, BaselineError, buildBaseline, findingFingerprint } from "./acceptance";
import type { FindingRecord } from "./model";

const URN = "urn:pulumi:prod::acme::aws:ebs/volume:Volume::data";
const subject = { urn: URN, name: "data", type: "aws:ebs/volume:Volume", props: { tags: { team: "data" } } };

function record(over: Partial<FindingRecord> = {}): FindingRecord {
  return {
    fingerprint: findingFingerprint("aws-ec2-ebs-volume-encrypted", URN),
    stack: "acme/prod",
    controlId: "aws-ec2-ebs-volume-encrypted",
    policyPack: "palisade-aws-guardrails",
    policy: "aws-ec2-ebs-volume-encrypted",
    urn: URN,
    resourceType: "aws:ebs/volume:Volume",
    enforcementLevel: "mandatory",
    severity: "high",
    kind: "violation",
    message: "EBS volumes are encrypted: encrypted is false",
    acceptance: null,
    new: true,
    ...over,
  };
}

describe("fingerprints", () => {
  it("are SARIF's palisadeFinding/v1 partial fingerprints, so baselines and code scanning agree", () => {
    const sarif = JSON.parse(
      renderSarif({
        schemaVersion: 1,
        tool: { name: "palisade", version: "0" },
        generatedAt: "2026-01-01T00:00:00.000Z",
        summary: {
          stacks: 1,
          resources: 1,
          findings: 1,
          mandatory: 1,
          advisory: 0,
          bySeverity: { critical: 0, high: 1, medium: 0, low: 0, none: 0 },
        },
        stacks: [
          {
            project: "acme",
            stack: "prod",
            source: { kind: "stack-export", path: "x.json" },
            resourceCount: 1,
            resources: [],
            policyPacks: [],
            findings: [{ ...record(), policyPackVersion: "0.1.0", frameworks: {} }],
          },
        ],
      }),
    );
    expect(sarif.runs[0].results[0].partialFingerprints["palisadeFinding/v1"]).toBe(record().fingerprint);
  });
});

describe("baseline files", () => {
  it("reads a baseline written by --write-baseline", () => {
    const doc = buildBaseline([record(), record()], {
      reason: "known",
      expires: "2030-01-01",
      now: new Date("2026-01-01"),
      toolVersion: "0",
    });
    expect(doc.entries).toHaveLength(1);
    const b = Baseline.parse(JSON.stringify(doc), "b.json");
    expect(b.get(record().fingerprint)).toMatchObject({ reason: "known", expires: "2030-01-01", urn: URN });
  });

  it("reads a JSON compliance report as a baseline, keeping earlier acceptances and skipping exemptions", () => {
    const other = record({ urn: `${URN}-2`, fingerprint: findingFingerprint("x", "y") });
    const exempted = record({
      urn: `${URN}-3`,
      fingerprint: "f".repeat(32),
      acceptance: { source: "exemption", reason: "r", expires: null, expired: false },
    });
    const kept = record({ acceptance: { source: "baseline", reason: "ticket SEC-1", expires: "2027-01-01", expired: false }, new: false });
    const report = { kind: "palisade-compliance-report", generatedAt: "2026-02-02T00:00:00.000Z", findings: [kept, other, exempted] };
    const b = Baseline.parse(JSON.stringify(report), "report.json");
    expect(b.size).toBe(2);
    expect(b.get(kept.fingerprint)).toMatchObject({ reason: "ticket SEC-1", expires: "2027-01-01" });
    expect(b.get(other.fingerprint)?.reason).toMatch(/2026-02-02/);
  });

  it.each([
    ["not JSON", "{", /not valid JSON/],
    ["another document", JSON.stringify({ version: 3, deployment: {} }), /not a baseline/],
    [
      "a bad expiry",
      JSON.stringify({ kind: "palisade-baseline", version: 1, entries: [{ fingerprint: "a", urn: "u", reason: "r", expires: "soon" }] }),
      /expires must be a date/,
    ],
    [
      "an entry without reason",
      JSON.stringify({ kind: "palisade-baseline", version: 1, entries: [{ fingerprint: "a", urn: "u" }] }),
      /reason/,
    ],
  ])("rejects %s, naming the file", (_label, text, message) => {
    expect(() => Baseline.parse(text, "bad.json")).toThrow(BaselineError);
    expect(() => Baseline.parse(text, "bad.json")).toThrow(message);
    expect(() => Baseline.parse(text, "bad.json")).toThrow(/^bad\.json: /);
  });

  it("keeps the reason and expiry of findings a still-valid entry accepted when the baseline is rewritten", () => {
    const previous = new Baseline("old.json", [
      { fingerprint: record().fingerprint, controlId: null, urn: URN, reason: "old reason", expires: "2030-01-01", acceptedAt: null },
    ]);
    const doc = buildBaseline(
      [
        record({ acceptance: { source: "baseline", reason: "old reason", expires: "2030-01-01", expired: false } }),
        record({ urn: "other", fingerprint: "0".repeat(32) }),
      ],
      { reason: "new reason", expires: null, now: new Date("2026-01-01"), toolVersion: "0", previous },
    );
    expect(doc.entries.find((e) => e.urn === URN)?.reason).toBe("old reason");
    expect(doc.entries.find((e) => e.urn === "other")?.reason).toBe("new reason");
  });
});

describe("acceptance", () => {
  const fp = record().fingerprint;
  const baseline = (expires: string | null) =>
    new Baseline("b.json", [{ fingerprint: fp, controlId: null, urn: URN, reason: "in baseline", expires, acceptedAt: null }]);

  it("accepts a finding in the baseline until its expiry day, inclusive", () => {
    expect(acceptanceOf(fp, undefined, subject, baseline("2026-03-01"), "2026-03-01")).toEqual({
      source: "baseline",
      reason: "in baseline",
      expires: "2026-03-01",
      expired: false,
    });
    expect(acceptanceOf(fp, undefined, subject, baseline("2026-03-01"), "2026-03-02")?.expired).toBe(true);
    expect(acceptanceOf("other", undefined, subject, baseline(null), "2026-03-02")).toBeNull();
  });

  it("prefers an active exemption, then an active baseline entry, then reports an expired one", () => {
    const active = [{ urn: URN, reason: "exempt" }];
    const expired = [{ tag: { key: "team", value: "data" }, reason: "old exemption", expires: "2020-01-01" }];
    expect(acceptanceOf(fp, active, subject, baseline(null), "2026-01-01")?.source).toBe("exemption");
    expect(acceptanceOf(fp, expired, subject, baseline(null), "2026-01-01")).toMatchObject({ source: "baseline", expired: false });
    expect(acceptanceOf(fp, expired, subject, undefined, "2026-01-01")).toMatchObject({
      source: "exemption",
      reason: "old exemption",
      expired: true,
    });
  });
});
