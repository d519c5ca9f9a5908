import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { FIXTURES, palisade, ROOT, SCHEMAS, tempDir } from "./helpers";

/** The CLI as users and CI run it: exit codes, formats that validate, errors that name the file, no leaks. */

const SIG = { "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270" };
const PLANTED = "optional-T0PSECRET-4242";

/** A real export with an instance whose IMDS setting (quoted by a policy message) and a tag are secrets. */
function exportWithSecrets(dir: string): string {
  const doc = JSON.parse(readFileSync(join(FIXTURES, "sample-export.json"), "utf8"));
  const secret = (v: unknown) => ({ ...SIG, plaintext: JSON.stringify(v) });
  doc.deployment.resources.push({
    urn: "urn:pulumi:dev::sample::aws:ec2/instance:Instance::legacy-app",
    custom: true,
    id: "i-0123",
    type: "aws:ec2/instance:Instance",
    inputs: { ami: "ami-1", metadataOptions: { httpTokens: secret(PLANTED) }, tags: { password: secret("hunter2-hunter2") } },
    outputs: { ami: "ami-1", metadataOptions: { httpTokens: secret(PLANTED) } },
    parent: "urn:pulumi:dev::sample::pulumi:pulumi:Stack::sample-dev",
    dependencies: [],
  });
  const file = join(dir, "export-with-secrets.json");
  writeFileSync(file, JSON.stringify(doc));
  return file;
}

describe("palisade controls", () => {
  it("lists controls as JSON, filtered by cloud and framework", () => {
    const all = JSON.parse(palisade(["controls", "--format", "json"]).stdout);
    expect(all.length).toBeGreaterThanOrEqual(15);
    const gcp = JSON.parse(palisade(["controls", "--cloud", "gcp", "--format", "json"]).stdout);
    expect(gcp.every((c: { cloud: string }) => c.cloud === "gcp")).toBe(true);
    const cis = JSON.parse(palisade(["controls", "--framework", "cis-azure-6.0", "--format", "json"]).stdout);
    expect(cis.length).toBeGreaterThan(0);
    expect(cis.every((c: { frameworks: Record<string, string[]> }) => c.frameworks["cis-azure-6.0"]?.length > 0)).toBe(true);
  });

  it("rejects an unknown framework with exit 2", () => {
    const r = palisade(["controls", "--framework", "cis-aws-9.9"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--framework must be one of/);
  });
});

describe("palisade scan", () => {
  it("exits 1 on mandatory findings and 0 without", () => {
    expect(palisade(["scan", "stacks/team-gcp-sample", "--stack", "insecure", "--quiet"]).code).toBe(1);
    expect(palisade(["scan", "stacks/team-gcp-sample", "--stack", "compliant", "--quiet"]).code).toBe(0);
  });

  it("writes JSON that validates against the published schema", () => {
    const dir = tempDir();
    const out = join(dir, "scan.json");
    const r = palisade([
      "scan",
      join(FIXTURES, "sample-export.json"),
      "stacks/team-azure-sample",
      "--stack",
      "insecure",
      "--format",
      "json",
      "--out",
      out,
    ]);
    expect(r.code).toBe(1);
    const result = JSON.parse(readFileSync(out, "utf8"));
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, "packages/report/schema/scan-result.schema.json"), "utf8")));
    expect(validate(result), JSON.stringify(validate.errors)).toBe(true);
    expect(result.schemaVersion).toBe(1);
    expect(result.stacks.map((s: { source: { kind: string } }) => s.source.kind)).toEqual(["stack-export", "program"]);
    const azure = result.stacks[1];
    expect(azure.findings.map((f: { controlId: string }) => f.controlId)).toContain("azure-storage-minimum-tls");
    // The offline plan shows provider-computed values as unknown.
    expect(JSON.stringify(azure.resources)).toContain("[unknown]");
    expect(result.summary.mandatory).toBe(
      result.stacks
        .flatMap((s: { findings: { enforcementLevel: string }[] }) => s.findings)
        .filter((f: { enforcementLevel: string }) => f.enforcementLevel === "mandatory").length,
    );
  });

  it("writes SARIF 2.1.0 that validates against the OASIS schema", () => {
    const dir = tempDir();
    const out = join(dir, "scan.sarif");
    palisade(["scan", "stacks/team-aws-sample", "--stack", "insecure", "--format", "sarif", "--out", out]);
    const sarif = JSON.parse(readFileSync(out, "utf8"));
    // The OASIS schema's language-tag pattern is not valid under the `u` flag ajv uses by default.
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(join(SCHEMAS, "sarif-schema-2.1.0.json"), "utf8")));
    expect(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const results = sarif.runs[0].results;
    const json = JSON.parse(palisade(["scan", "stacks/team-aws-sample", "--stack", "insecure", "--format", "json"]).stdout);
    expect(results.length).toBe(json.summary.findings);
    expect(results.filter((x: { level: string }) => x.level === "error").length).toBe(json.summary.mandatory);
    expect(results[0].locations[0].physicalLocation.artifactLocation.uri).toBe("stacks/team-aws-sample/Pulumi.yaml");
    expect(
      sarif.runs[0].tool.driver.rules.every(
        (r: { properties: { "security-severity": string } }) => Number(r.properties["security-severity"]) > 0,
      ),
    ).toBe(true);
  });

  it("writes JUnit XML with one case per policy and failures for mandatory findings", () => {
    const r = palisade(["scan", "stacks/team-aws-sample", "--stack", "insecure", "--format", "junit"]);
    const json = JSON.parse(palisade(["scan", "stacks/team-aws-sample", "--stack", "insecure", "--format", "json"]).stdout);
    const failing = new Set(
      json.stacks[0].findings
        .filter((f: { enforcementLevel: string }) => f.enforcementLevel === "mandatory")
        .map((f: { policy: string }) => f.policy),
    );
    expect(failing.size).toBeGreaterThan(3);
    expect(r.stdout).toMatch(new RegExp(`<testsuite name="team-aws-sample/insecure" tests="\\d+" failures="${failing.size}"`));
    expect(r.stdout).toMatch(/<testcase classname="palisade-aws-guardrails" name="aws-ec2-instance-imdsv2">\s*<failure/);
  });

  it("never shows a secret, in any format, even when a policy message quotes the value", () => {
    const dir = tempDir();
    const file = exportWithSecrets(dir);
    for (const format of ["text", "json", "sarif", "junit"]) {
      const r = palisade(["scan", file, "--format", format]);
      expect(r.code, r.stderr).toBe(1);
      const all = r.stdout + r.stderr;
      expect(all).not.toContain(PLANTED);
      expect(all).not.toContain("hunter2-hunter2");
      if (format === "json") expect(all).toContain("[secret]");
    }
    // The finding is still reported, with the value masked.
    expect(palisade(["scan", file]).stdout).toMatch(/metadataOptions\.httpTokens is "\[secret\]"/);
  });

  it("can run the packs over gRPC instead of in-process", () => {
    const r = palisade(["scan", join(FIXTURES, "sample-export.json"), "--grpc"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("(grpc)");
  });
});

describe("bad input: exit 2, the file and the problem named, no partial output", () => {
  const dir = tempDir();
  const truncated = join(dir, "truncated.json");
  writeFileSync(truncated, readFileSync(join(FIXTURES, "sample-export.json"), "utf8").slice(0, 500));
  const v2 = join(dir, "v2.json");
  writeFileSync(v2, JSON.stringify({ version: 2, deployment: { resources: [] } }));
  const notBackend = join(dir, "empty-folder");
  mkdirSync(notBackend);
  const notPack = join(dir, "not-a-pack");
  mkdirSync(notPack);
  writeFileSync(join(notPack, "package.json"), JSON.stringify({ name: "x", version: "1.0.0" }));
  const badConfig = join(dir, "bad-config.json");
  writeFileSync(badConfig, JSON.stringify({ "aws-no-such-control": "mandatory" }));

  it.each([
    ["truncated JSON", [truncated], /truncated\.json/],
    ["a deployment of version 2", [v2], /v2\.json.*version/],
    ["a folder that is neither a program nor a backend", [notBackend], /empty-folder/],
    ["a missing file", [join(dir, "missing.json")], /missing\.json/],
    [
      "a pack folder without PulumiPolicy.yaml",
      [join(FIXTURES, "sample-export.json"), "--pack", notPack],
      /not-a-pack.*PulumiPolicy\.yaml/,
    ],
    [
      "a config naming no control",
      [join(FIXTURES, "sample-export.json"), "--policy-pack-config", badConfig],
      /bad-config\.json.*aws-no-such-control/,
    ],
  ])("%s", (_label, args, message) => {
    const out = join(dir, `out-${Math.random()}.json`);
    const r = palisade(["scan", ...(args as string[]), "--format", "json", "--out", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message as RegExp);
    expect(existsSync(out)).toBe(false);
  });

  it("leaves an existing output file untouched when the run fails", () => {
    const out = join(dir, "existing.json");
    writeFileSync(out, "previous report");
    expect(palisade(["scan", truncated, "--format", "json", "--out", out]).code).toBe(2);
    expect(readFileSync(out, "utf8")).toBe("previous report");
  });
});

describe("palisade preview", () => {
  it("reports a check that an unknown value stops at preview as advisory, saying so", () => {
    const r = palisade(["preview", "test/fixtures/programs/unknown-at-preview", "--format", "json"]);
    expect(r.code, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout);
    const imds = result.stacks[0].findings.find((f: { policy: string }) => f.policy === "aws-ec2-instance-imdsv2");
    expect(imds.enforcementLevel).toBe("advisory");
    expect(imds.message).toMatch(/cannot be evaluated at preview: metadataOptions\.httpTokens is unknown/);
    // The parameter's value is a secret ("required"): masked in the plan, identifiers untouched.
    const param = result.stacks[0].resources.find((x: { type: string }) => x.type === "aws:ssm/parameter:Parameter");
    expect(param.inputs.value).toBe("[secret]");
    expect(result.stacks[0].findings.map((f: { policy: string }) => f.policy).join(" ")).not.toContain("[secret]");
  });
});

describe("landing zones pass their own guardrails", () => {
  it.each([
    ["stacks/aws-landing-zone", "management"],
    ["stacks/gcp-landing-zone", "org"],
    ["stacks/azure-landing-zone", "platform"],
  ])("%s (%s)", (dir, stack) => {
    const r = palisade(["preview", dir, "--stack", stack, "--format", "json", "--quiet"]);
    expect(r.code, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result.summary.mandatory).toBe(0);
    expect(result.stacks[0].resourceCount).toBeGreaterThan(100);
  });
});

describe("npx palisade", () => {
  it("is linked by npm at install time, to a committed file that runs the built CLI", () => {
    // npm links a bin only if its file exists at install time; dist/ does not exist then.
    const manifest = JSON.parse(readFileSync(join(ROOT, "packages", "cli", "package.json"), "utf8"));
    expect(manifest.bin.palisade).toBe("bin/palisade.js");
    expect(realpathSync(join(ROOT, "node_modules", ".bin", "palisade"))).toBe(join(ROOT, "packages", "cli", "bin", "palisade.js"));
    const r = spawnSync(join(ROOT, "node_modules", ".bin", "palisade"), ["--version"], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.stdout.trim()).toBe(manifest.version);
    expect(r.status).toBe(0);
  });
});

describe("palisade scan -", () => {
  it("reads a `pulumi preview --json` document from stdin, exactly as from the file", () => {
    const file = join(FIXTURES, "sample-preview-creates.json");
    const fromFile = palisade(["scan", file, "--format", "json", "--quiet"]);
    const fromStdin = palisade(["scan", "-", "--format", "json", "--quiet"], { input: readFileSync(file, "utf8") });
    expect(fromStdin.stderr).toBe("");
    expect(fromStdin.code).toBe(fromFile.code);
    const strip = (text: string) => {
      const result = JSON.parse(text);
      for (const stack of result.stacks) delete stack.source;
      delete result.generatedAt;
      return result;
    };
    expect(strip(fromStdin.stdout)).toEqual(strip(fromFile.stdout));
  });

  it("names stdin when the document is not JSON, with exit 2 and no output", () => {
    const r = palisade(["scan", "-", "--format", "json"], { input: "{not json" });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^palisade: error: <stdin>: invalid JSON/);
  });
});

describe("palisade preview of what the offline engine cannot see", () => {
  it("lists remote components and offline lookups with the advisory", () => {
    const program = join(ROOT, "packages", "engine", "test-fixtures", "programs", "offline-lookups");
    const r = palisade(["preview", program, "--stack", "dev", "--quiet"]);
    expect([0, 1]).toContain(r.code);
    expect(r.stderr).toContain(
      "offline-lookups/dev: 1 component resource was not expanded offline; run `pulumi preview --json | palisade scan -` for full coverage:\n  awsx:lb:ApplicationLoadBalancer  urn:pulumi:dev::offline-lookups::awsx:lb:ApplicationLoadBalancer::alb",
    );
    expect(r.stderr).toContain("  aws:ec2/getAmi:getAmi: placeholders for every field of its declared result type (unknown to policies)");
  }, 300_000);
});
