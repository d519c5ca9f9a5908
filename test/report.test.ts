import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { loadFramework } from "@palisade/controls";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error: the benchmark generators are plain JavaScript
import { stackExport } from "../bench/generate.mjs";
import { FIXTURES, palisade, ROOT, SCHEMAS, tempDir } from "./helpers";

/** `palisade report` end to end: inputs of every kind, every format against its schema, baselines, secrets, bad input. */

const SIG = { "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270" };
const EXPORT = join(FIXTURES, "sample-export.json");
const ALL_FORMATS = "md,html,json,csv,oscal,sarif,junit";
const FILES = {
  md: "palisade-report.md",
  html: "palisade-report.html",
  json: "palisade-report.json",
  csv: "palisade-report.csv",
  oscal: "palisade-report.oscal.json",
  sarif: "palisade-report.sarif",
  junit: "palisade-report.junit.xml",
};

// biome-ignore lint/suspicious/noExplicitAny: reports are checked against their schemas
type Json = any;

function validator(schemaPath: string, opts: { unicodeRegExp?: boolean } = {}) {
  const ajv = new Ajv({ allErrors: true, strict: false, ...opts });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));
}
const validateReport = validator(join(ROOT, "packages/report/schema/compliance-report.schema.json"));
// The OASIS schema's language-tag pattern is not valid under the `u` flag ajv uses by default.
const validateSarif = validator(join(SCHEMAS, "sarif-schema-2.1.0.json"), { unicodeRegExp: false });
const validateOscal = validator(join(SCHEMAS, "oscal-assessment-results-1.0.6.schema.json"));
const validateBaseline = validator(join(ROOT, "packages/report/schema/baseline.schema.json"));

const read = (dir: string, format: keyof typeof FILES) => readFileSync(join(dir, FILES[format]), "utf8");
const readJson = (dir: string, format: "json" | "sarif" | "oscal"): Json => JSON.parse(read(dir, format));

/** A DIY backend (`pulumi login file://DIR`) with two stacks of a generated AWS project, one gzipped. */
function backend(dir: string, count = 40): string {
  const root = join(dir, "backend");
  const stacks = join(root, ".pulumi", "stacks", "bench");
  mkdirSync(stacks, { recursive: true });
  const checkpoint = (stack: string) =>
    JSON.stringify({
      version: 3,
      checkpoint: { stack: `organization/bench/${stack}`, latest: stackExport(count, "bench", stack).deployment },
    });
  writeFileSync(join(stacks, "prod.json"), checkpoint("prod"));
  writeFileSync(join(stacks, "staging.json.gz"), gzipSync(checkpoint("staging")));
  writeFileSync(join(stacks, "prod.json.bak"), "not a stack");
  return root;
}

/** An export with one encrypted volume: the EBS encryption requirements pass. */
function compliantExport(dir: string): string {
  const prefix = "urn:pulumi:prod::tidy";
  const doc = {
    version: 3,
    deployment: {
      manifest: { time: "2026-11-28T00:00:00Z", magic: "x", version: "v3.200.0" },
      resources: [
        { urn: `${prefix}::pulumi:pulumi:Stack::tidy-prod`, custom: false, type: "pulumi:pulumi:Stack" },
        {
          urn: `${prefix}::aws:ebs/volume:Volume::data`,
          custom: true,
          id: "vol-1",
          type: "aws:ebs/volume:Volume",
          inputs: { availabilityZone: "eu-west-1a", size: 10, encrypted: true, tags: { owner: "data", environment: "prod" } },
          outputs: { availabilityZone: "eu-west-1a", size: 10, encrypted: true, tags: { owner: "data", environment: "prod" }, id: "vol-1" },
          parent: `${prefix}::pulumi:pulumi:Stack::tidy-prod`,
          dependencies: [],
        },
      ],
    },
  };
  const file = join(dir, "tidy-prod.json");
  writeFileSync(file, JSON.stringify(doc));
  return file;
}

const PLANTED = "optional-T0PSECRET-4242";
const PLANTED_TAG = "hunter2-hunter2";

/** A real export with an instance whose IMDS setting (quoted by a policy message) and a tag are secrets. */
function exportWithSecrets(dir: string): string {
  const doc = JSON.parse(readFileSync(EXPORT, "utf8"));
  const secret = (v: unknown) => ({ ...SIG, plaintext: JSON.stringify(v) });
  doc.deployment.resources.push({
    urn: "urn:pulumi:dev::sample::aws:ec2/instance:Instance::legacy-app",
    custom: true,
    id: "i-0123",
    type: "aws:ec2/instance:Instance",
    inputs: { ami: "ami-1", metadataOptions: { httpTokens: secret(PLANTED) }, tags: { password: secret(PLANTED_TAG) } },
    outputs: { ami: "ami-1", metadataOptions: { httpTokens: secret(PLANTED) } },
    parent: "urn:pulumi:dev::sample::pulumi:pulumi:Stack::sample-dev",
    dependencies: [],
  });
  const file = join(dir, "export-with-secrets.json");
  writeFileSync(file, JSON.stringify(doc));
  return file;
}

describe("palisade report over several inputs, in every format", () => {
  const dir = tempDir("palisade-report-");
  const out = join(dir, "out");
  let run: { code: number; stdout: string; stderr: string };
  let report: Json;

  beforeAll(() => {
    run = palisade(["report", EXPORT, backend(dir), "--format", ALL_FORMATS, "--out", out, "--quiet"]);
    report = readJson(out, "json");
  });

  it("reads every stack of the backend and exits 1 on new mandatory findings", () => {
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toBe("");
    expect(report.stacks.map((s: Json) => s.id)).toEqual(["sample/dev", "bench/prod", "bench/staging"]);
    expect(report.inputs.map((i: Json) => [i.status, i.stacks.length])).toEqual([
      ["ok", 1],
      ["ok", 2],
    ]);
    expect(readdirSync(out).sort()).toEqual(Object.values(FILES).sort());
  });

  it("writes JSON that validates against its schema, with every requirement of the AWS frameworks", () => {
    expect(validateReport(report), JSON.stringify(validateReport.errors?.slice(0, 3))).toBe(true);
    expect(report.options.frameworks).toEqual([
      "cis-aws-7.0",
      "cis-aws-3.0",
      "nist-800-53-r5",
      "soc2",
      "iso27001-2022",
      "pci-dss-4.0",
      "hipaa",
      "aws-fsbp",
    ]);
    for (const f of report.frameworks) {
      expect(f.requirements.map((r: Json) => r.id)).toEqual(loadFramework(f.id).requirements.map((r) => r.id));
      const c = f.coverage;
      expect(c.automated + c.manual + c.notCovered).toBe(c.requirements);
      for (const r of f.requirements) {
        if (r.automation === "manual") expect(r.reason).toBeTruthy();
        if (r.automation === "automated") expect(Object.keys(r.results)).toEqual(f.stacks);
        else expect(r.results).toEqual({});
      }
    }
    expect(report.findings.length).toBe(report.summary.total);
    expect(report.summary.total).toBe(report.stacks.reduce((n: number, s: Json) => n + s.findings.total, 0));
  });

  it("derives each requirement's status from its controls' results in the stack", () => {
    const order = ["fail", "accepted", "cannot-evaluate", "pass", "not-applicable"];
    for (const f of report.frameworks) {
      for (const stackId of f.stacks) {
        const controls = new Map(report.stacks.find((s: Json) => s.id === stackId).controls.map((c: Json) => [c.controlId, c.status]));
        for (const r of f.requirements.filter((x: Json) => x.automation === "automated")) {
          const statuses = r.controls.map((id: string) => controls.get(id) ?? "not-applicable");
          const expected = order.find((s) => statuses.includes(s));
          expect(r.results[stackId], `${f.id} ${r.id} ${stackId}`).toBe(expected);
        }
      }
    }
  });

  it("writes SARIF 2.1.0 that validates, with every finding", () => {
    const sarif = readJson(out, "sarif");
    expect(validateSarif(sarif), JSON.stringify(validateSarif.errors?.slice(0, 3))).toBe(true);
    expect(sarif.runs[0].results.length).toBe(report.summary.total);
    const fingerprints = new Set(report.findings.map((f: Json) => f.fingerprint));
    for (const r of sarif.runs[0].results) expect(fingerprints.has(r.partialFingerprints["palisadeFinding/v1"])).toBe(true);
  });

  it("writes OSCAL Assessment Results 1.0.6 that validate, with a result per stack", () => {
    const oscal = readJson(out, "oscal");
    expect(validateOscal(oscal), JSON.stringify(validateOscal.errors?.slice(0, 3))).toBe(true);
    const ar = oscal["assessment-results"];
    expect(ar.metadata["oscal-version"]).toBe("1.0.6");
    expect(ar["import-ap"].href).toBeTruthy();
    expect(ar.results.map((r: Json) => r.props.find((p: Json) => p.name === "stack").value)).toEqual(report.stacks.map((s: Json) => s.id));
    const prod = ar.results[1];
    const failing = prod.findings.filter((f: Json) => f.target.status.state === "not-satisfied");
    expect(failing.length).toBeGreaterThan(0);
    const observations = new Set(prod.observations.map((o: Json) => o.uuid));
    for (const f of prod.findings) for (const o of f["related-observations"]) expect(observations.has(o["observation-uuid"])).toBe(true);
    const items = new Set(prod["local-definitions"]["inventory-items"].map((i: Json) => i.uuid));
    for (const o of prod.observations)
      for (const s of o.subjects) if (s.type === "inventory-item") expect(items.has(s["subject-uuid"])).toBe(true);
  });

  it("writes CSV with one row per framework requirement × stack", () => {
    const csv = read(out, "csv");
    const lines = csv.split("\r\n").filter(Boolean);
    const expected = report.frameworks.reduce((n: number, f: Json) => n + f.requirements.length * f.stacks.length, 0);
    // No field of this report holds a line break, so lines are rows.
    expect(lines.length).toBe(expected + 1);
    expect(lines[0]).toMatch(/^framework,framework_name,requirement_id,requirement_title,/);
  });

  it("writes JUnit XML and Markdown short enough for a pull-request comment", () => {
    expect(read(out, "junit")).toMatch(/<testsuite name="bench\/staging" tests="\d+" failures="\d+"/);
    const md = read(out, "md");
    expect(md.length).toBeLessThan(65_536);
    expect(md).toContain("## Palisade compliance report");
    expect(md).toMatch(/\| bench\/prod \| cis-aws-7\.0: \d+ of 70 automated \|/);
  });
});

describe("palisade report: passes, frameworks and exit codes", () => {
  const dir = tempDir("palisade-report-");
  const tidy = compliantExport(dir);

  it("says pass where a control applied and found nothing, with the coverage figures", () => {
    const r = palisade(["report", tidy, "--framework", "cis-aws-7.0", "--format", "json"]);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.frameworks.map((f: Json) => f.id)).toEqual(["cis-aws-7.0"]);
    const stack = report.stacks[0];
    expect(stack.controls.find((c: Json) => c.controlId === "aws-ec2-ebs-volume-encrypted")).toMatchObject({
      status: "pass",
      applicable: 1,
      passing: 1,
    });
    const req = report.frameworks[0].requirements.find((x: Json) => x.id === "6.1.1");
    expect(req).toMatchObject({ automation: "automated", results: { "tidy/prod": "pass" } });
    expect(req.enforcedAt).toEqual(["preview", "preventive"]);
    expect(r.stderr).toMatch(/CIS Amazon Web Services Foundations Benchmark 7\.0: \d+ of 70 automated; \d+ passing in tidy\/prod/);
  });

  it("exits by --fail-on: advisory findings fail with advisory, nothing fails with none", () => {
    const sample = ["report", EXPORT, "--framework", "soc2", "--quiet"];
    expect(palisade(sample).code).toBe(1);
    expect(palisade([...sample, "--fail-on", "none"]).code).toBe(0);
    expect(palisade(["report", tidy, "--quiet", "--fail-on", "advisory"]).code).toBe(0);
  });

  it.each([
    [["--format", "md,html"], /several formats \(md, html\) need --out DIR/],
    [["--framework", "cis-aws-9.9"], /--framework must be one of/],
    [["--format", "pdf"], /--format must be one of/],
    [["--fail-on", "sometimes"], /fail-on/],
    [["--baseline-expires", "2026-01-01"], /--write-baseline/],
  ])("rejects %j with exit 2", (args, message) => {
    const r = palisade(["report", tidy, ...(args as string[])]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message as RegExp);
  });
});

describe("palisade report never shows a secret", () => {
  it("in any format, even when a policy message quotes the value", () => {
    const dir = tempDir("palisade-report-");
    const file = exportWithSecrets(dir);
    const out = join(dir, "out");
    const r = palisade(["report", file, "--format", ALL_FORMATS, "--out", out]);
    expect(r.code, r.stderr).toBe(1);
    for (const name of readdirSync(out)) {
      const text = readFileSync(join(out, name), "utf8");
      expect(text, name).not.toContain(PLANTED);
      expect(text, name).not.toContain(PLANTED_TAG);
    }
    expect(r.stdout + r.stderr).not.toContain(PLANTED);
    // The finding is still reported, with the value masked.
    expect(read(out, "json")).toMatch(/metadataOptions\.httpTokens is \\"\[secret\]\\"/);
    for (const format of ["md", "json", "csv"]) expect(palisade(["report", file, "--format", format]).stdout).not.toContain(PLANTED);
  });
});

describe("palisade report with bad input", () => {
  const dir = tempDir("palisade-report-");
  const truncated = join(dir, "truncated.json");
  writeFileSync(truncated, readFileSync(EXPORT, "utf8").slice(0, 500));
  const good = compliantExport(dir);

  it("names the input that failed and why, exits 2 and writes nothing", () => {
    const out = join(dir, "out-none");
    const r = palisade(["report", good, truncated, "--format", "html,json", "--out", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/truncated\.json: invalid JSON/);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
    const missing = palisade(["report", join(dir, "missing.json"), "--format", "json"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/missing\.json: not found/);
  });

  it("leaves an existing report untouched when the run fails", () => {
    const out = join(dir, "existing.html");
    writeFileSync(out, "previous report");
    expect(palisade(["report", truncated, "--out", out]).code).toBe(2);
    expect(readFileSync(out, "utf8")).toBe("previous report");
  });

  it("with --keep-going reports the rest and marks the failed input in every format", () => {
    const out = join(dir, "out-keep-going");
    const r = palisade(["report", good, truncated, join(dir, "missing.json"), "--keep-going", "--format", ALL_FORMATS, "--out", out]);
    expect(r.code, r.stderr).toBe(2);
    const report = readJson(out, "json");
    expect(validateReport(report)).toBe(true);
    expect(report.stacks.map((s: Json) => s.id)).toEqual(["tidy/prod"]);
    expect(report.inputs.map((i: Json) => [i.status, i.path.split("/").pop()])).toEqual([
      ["ok", "tidy-prod.json"],
      ["failed", "truncated.json"],
      ["failed", "missing.json"],
    ]);
    expect(report.inputs[1].error).toMatch(/invalid JSON/);
    expect(report.outcome).toMatchObject({ failed: true, exitCode: 2 });
    for (const format of Object.keys(FILES) as (keyof typeof FILES)[]) {
      expect(read(out, format), format).toContain("truncated.json");
      expect(read(out, format), format).toContain("missing.json");
    }
    expect(read(out, "csv")).toMatch(/input-error/);
    expect(validateSarif(readJson(out, "sarif"))).toBe(true);
    expect(readJson(out, "sarif").runs[0].invocations[0].executionSuccessful).toBe(false);
    expect(validateOscal(readJson(out, "oscal")), JSON.stringify(validateOscal.errors?.slice(0, 3))).toBe(true);
    expect(read(out, "junit")).toMatch(/<error message="[^"]*invalid JSON/);
  });
});

describe("palisade report with a baseline and exemptions", () => {
  const dir = tempDir("palisade-report-");

  it("accepts today's findings, fails only on new ones, and again once an entry expires", () => {
    const baseline = join(dir, "baseline.json");
    const first = palisade([
      "report",
      EXPORT,
      "--write-baseline",
      baseline,
      "--baseline-reason",
      "legacy, ticket SEC-42",
      "--fail-on",
      "none",
      "--quiet",
    ]);
    expect(first.code, first.stderr).toBe(0);
    const doc = JSON.parse(readFileSync(baseline, "utf8"));
    expect(validateBaseline(doc), JSON.stringify(validateBaseline.errors)).toBe(true);
    expect(doc.entries.length).toBeGreaterThan(0);

    // Same findings: accepted, still listed with the reason, exit 0.
    const again = palisade(["report", EXPORT, "--baseline", baseline, "--format", "json"]);
    expect(again.code, again.stderr).toBe(0);
    const report = JSON.parse(again.stdout);
    expect(report.summary.new).toBe(0);
    expect(report.summary.accepted).toBe(report.summary.total);
    expect(report.findings.every((f: Json) => f.acceptance?.reason === "legacy, ticket SEC-42")).toBe(true);
    expect(palisade(["report", EXPORT, "--baseline", baseline, "--format", "md"]).stdout).toMatch(/### Accepted findings/);

    // A new finding (the planted instance without IMDSv2) fails; the old ones stay accepted.
    const withNew = palisade(["report", exportWithSecrets(dir), "--baseline", baseline, "--format", "json"]);
    expect(withNew.code).toBe(1);
    const fresh = JSON.parse(withNew.stdout).findings.filter((f: Json) => f.new);
    expect(fresh.every((f: Json) => f.urn.endsWith("::legacy-app"))).toBe(true);

    // An expired entry counts as a failure again.
    for (const e of doc.entries) e.expires = "2020-01-01";
    writeFileSync(baseline, JSON.stringify(doc));
    const expired = palisade(["report", EXPORT, "--baseline", baseline, "--format", "json"]);
    expect(expired.code).toBe(1);
    expect(JSON.parse(expired.stdout).summary.expired).toBeGreaterThan(0);
  });

  it("takes an earlier JSON report as the baseline", () => {
    const previous = join(dir, "previous.json");
    expect(palisade(["report", EXPORT, "--format", "json", "--out", previous, "--quiet"]).code).toBe(1);
    expect(palisade(["report", EXPORT, "--baseline", previous, "--quiet"]).code).toBe(0);
  });

  it("rejects a baseline that is not one, naming the file", () => {
    const bad = join(dir, "bad-baseline.json");
    writeFileSync(bad, JSON.stringify({ version: 3 }));
    const r = palisade(["report", EXPORT, "--baseline", bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad-baseline\.json: not a baseline/);
  });

  it("shows exempted findings as accepted with their reason, and fails once the exemption has expired", () => {
    const config = (expires: string) => {
      const file = join(dir, `config-${expires}.json`);
      writeFileSync(
        file,
        JSON.stringify({
          "aws-s3-bucket-public-access-block": { exemptions: [{ name: "docs", reason: "public docs site", expires }] },
          "aws-s3-bucket-tls-only": { exemptions: [{ type: "aws:s3/*", reason: "public docs site", expires }] },
          // The export's Lambda callback gets Pulumi's default AWS-managed full-access role policies, which that
          // control rightly flags; it is lowered here so the test isolates exemptions.
          "aws-iam-no-high-risk-managed-policies": "advisory",
        }),
      );
      return file;
    };
    const active = palisade(["report", EXPORT, "--policy-pack-config", config("2999-12-31"), "--format", "json"]);
    expect(active.code, active.stderr).toBe(0);
    const accepted = JSON.parse(active.stdout).findings.filter((f: Json) => f.acceptance);
    expect(accepted.map((f: Json) => f.controlId).sort()).toEqual(["aws-s3-bucket-public-access-block", "aws-s3-bucket-tls-only"]);
    expect(accepted[0].acceptance).toEqual({ source: "exemption", reason: "public docs site", expires: "2999-12-31", expired: false });
    const expired = palisade(["report", EXPORT, "--policy-pack-config", config("2020-01-01"), "--format", "json"]);
    expect(expired.code).toBe(1);
    expect(JSON.parse(expired.stdout).summary.expired).toBe(2);
  });

  it("rejects an exemption without a reason, naming the file and the entry", () => {
    const file = join(dir, "config-no-reason.json");
    writeFileSync(file, JSON.stringify({ "aws-s3-bucket-tls-only": { exemptions: [{ name: "docs" }] } }));
    const r = palisade(["report", EXPORT, "--policy-pack-config", file]);
    expect(r.code).toBe(2);
    // The same validation, and words, as scan and the packs' Configure.
    expect(r.stderr).toMatch(/config-no-reason\.json: invalid config for policy pack "palisade-aws-guardrails"/);
    expect(r.stderr).toMatch(/aws-s3-bucket-tls-only: exemptions\.0 must have required property 'reason'/);
  });
});
