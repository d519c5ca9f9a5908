import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers";
import {
  ensureDir,
  exportDoc,
  listTree,
  palisade,
  palisadeAsync,
  type Run,
  secretWire,
  TAGS,
  type TestResource,
  tempDir,
  unencryptedVolume,
  writeJson,
} from "./support";

/**
 * The CLI as a hostile or careless user drives it. Every case asserts the exit code, that an error names
 * the file, that nothing is left behind (no output file, no temp file), and that no planted secret appears.
 */

const SELF_DISABLING = join(__dirname, "fixtures", "self-disabling");

/** A usage or input error: exit 2, the file named, no stdout, nothing left in the run's TMPDIR. */
function expectRefused(r: Run, file: string, problem: RegExp): void {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stderr).toContain(file);
  expect(r.stderr).toMatch(problem);
  expect(r.stderr).not.toMatch(/at .*\.js:\d+|RangeError|TypeError/);
  expect(r.stdout).toBe("");
  expect(r.leftInTmp).toEqual([]);
}

describe("secrets never appear in any output, in any encoding", () => {
  // Random secrets with what breaks naive scrubbing: quotes, backslashes, newlines, markup, unicode;
  // very short and very long. Each holds a unique marker, so a leak of any encoded form is found by it.
  const specials = fc.constantFrom('"', "\\", "\n", "\r\n", "<", ">", "&", "'", "|", ",", "%", " ", "é", "☃", "𝄞", "\t", "`");
  const part = fc.array(fc.oneof(specials, fc.string({ maxLength: 3 })), { maxLength: 6 }).map((a) => a.join(""));
  const secrets = fc
    .sample(fc.tuple(part, part, fc.integer({ min: 0, max: 3 })), { numRuns: 16, seed: 1111 })
    .map(([pre, post, size], i) => `${pre}ZQ${i}LEAK${"x".repeat([0, 1, 40, 3000][size])}${post}`);
  const MARKER = /ZQ\d+LEAK/;

  function plantedExport(dir: string): string {
    const resources: TestResource[] = secrets.flatMap((s, i) => [
      // IMDSv2's message quotes httpTokens with JSON.stringify: the escaped form must not leak.
      {
        type: "aws:ec2/instance:Instance",
        name: `app-${i}`,
        inputs: { ami: "ami-1", instanceType: "t3.micro", metadataOptions: { httpTokens: secretWire(s) }, tags: TAGS },
      },
      // A whole secret object whose JSON text a message could quote, and a secret tag value.
      {
        type: "aws:ebs/volume:Volume",
        name: `vol-${i}`,
        inputs: { availabilityZone: "us-east-1a", size: 8, tags: { ...TAGS, note: secretWire({ value: s }) } },
      },
    ]);
    return writeJson(dir, "planted.json", exportDoc(resources));
  }

  it("scan: text, JSON, SARIF, JUnit, in-process and over gRPC", () => {
    const dir = tempDir();
    const file = plantedExport(dir);
    expect(readFileSync(file, "utf8")).toMatch(MARKER);
    for (const format of ["text", "json", "sarif", "junit"]) {
      for (const mode of [[], ["--grpc"]]) {
        const r = palisade(["scan", file, "--format", format, "--quiet", ...mode]);
        expect(r.code, r.stderr).toBe(1);
        // The IMDSv2 finding is there, with its value scrubbed.
        expect(r.stdout).toMatch(/httpTokens/);
        expect(r.stdout, `${format} ${mode}`).not.toMatch(MARKER);
        expect(r.stderr).not.toMatch(MARKER);
        expect(r.leftInTmp).toEqual([]);
      }
    }
  });

  it("report: HTML, Markdown, CSV, JSON, OSCAL, SARIF, JUnit and the baseline", () => {
    const dir = tempDir();
    const file = plantedExport(dir);
    const out = join(dir, "report");
    const r = palisade([
      "report",
      file,
      "--format",
      "html,md,csv,json,oscal,sarif,junit",
      "--out",
      out,
      "--write-baseline",
      join(dir, "baseline.json"),
    ]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.leftInTmp).toEqual([]);
    const written = [...listTree(out).map((f) => join(out, f)), join(dir, "baseline.json")];
    expect(written).toHaveLength(8);
    for (const f of written) expect(readFileSync(f, "utf8"), f).not.toMatch(MARKER);
    expect(r.stderr).not.toMatch(MARKER);
  });

  it("preview of a program with pulumi.secret, and a JSON error never quotes the file's text", () => {
    // The program's shipped config disables everything, which is refused: pass an explicit one instead.
    const dir = tempDir();
    const config = writeJson(dir, "explicit.json", {});
    const r = palisade(["preview", SELF_DISABLING, "--stack", "dev", "--policy-pack-config", config, "--format", "json"]);
    expect(r.code, r.stderr).toBe(1);
    // Raw, or JSON-escaped (the backslash doubled), the secret's core must not appear.
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/SECRET\\*LEAK/);
    expect(r.stdout).toContain("[secret]");
    const bad = writeJson(dir, "bad.json", '{"deployment": {"secret": SECRETLEAK-in-broken-json}}');
    const e = palisade(["scan", bad]);
    expectRefused(e, bad, /invalid JSON/);
    expect(e.stderr).not.toContain("SECRETLEAK");
  });
});

describe("policy-pack config: one validation, whichever path", () => {
  const cases: [string, unknown, RegExp][] = [
    [
      "exemption without matcher",
      { "aws-ec2-ebs-volume-encrypted": { exemptions: [{ reason: "x" }] } },
      /exemptions\.0 needs one of: urn, name, type, tag/,
    ],
    ['"exemptions": "all"', { "aws-ec2-ebs-volume-encrypted": { exemptions: "all" } }, /must be array/],
    ["blank reason", { "aws-ec2-ebs-volume-encrypted": { exemptions: [{ name: "*", reason: "  " }] } }, /reason/],
    ["missing reason", { "aws-ec2-ebs-volume-encrypted": { exemptions: [{ name: "vol" }] } }, /reason/],
    ["impossible date", { "aws-ec2-ebs-volume-encrypted": { exemptions: [{ name: "vol", reason: "r", expires: "2027-02-30" }] } }, /date/],
    [
      '"expires": "tomorrow"',
      { "aws-ec2-ebs-volume-encrypted": { exemptions: [{ name: "vol", reason: "r", expires: "tomorrow" }] } },
      /date/,
    ],
    ["invalid level", { "aws-ec2-ebs-volume-encrypted": "strict" }, /not a valid enforcement level/],
    ["invalid setting", { "aws-tagging-required-tags": { requiredTags: "owner" } }, /requiredTags/],
    ["unknown policy", { "aws-ec2-ebs-volume-encrypted-typo": "disabled" }, /unknown policy name/],
    ["not an object", ["all"], /must be a JSON object/],
  ];

  it.each(cases)("%s: refused with the same error in-process, over gRPC and by report", (_label, content, problem) => {
    const dir = tempDir();
    const input = writeJson(dir, "state.json", exportDoc([unencryptedVolume()]));
    const config = writeJson(dir, "config.json", content);
    const out = join(dir, "out.json");
    const inProcess = palisade(["scan", input, "--policy-pack-config", config, "--format", "json", "--out", out]);
    const grpc = palisade(["scan", input, "--grpc", "--policy-pack-config", config]);
    const report = palisade(["report", input, "--policy-pack-config", config, "--format", "json", "--out", out]);
    for (const r of [inProcess, grpc, report]) expectRefused(r, config, problem);
    expect(grpc.stderr).toBe(inProcess.stderr);
    expect(report.stderr).toBe(inProcess.stderr);
    expect(existsSync(out)).toBe(false);
    expect(listTree(dir)).toEqual(["config.json", "state.json"]);
  });

  it("an expired exemption stops applying, and a matching one is named in the output", () => {
    const dir = tempDir();
    const input = writeJson(dir, "state.json", exportDoc([unencryptedVolume()]));
    const expired = writeJson(dir, "expired.json", {
      "aws-ec2-ebs-volume-encrypted": { exemptions: [{ name: "vol", reason: "accepted once", expires: "2020-01-31" }] },
    });
    const r = palisade(["scan", input, "--policy-pack-config", expired, "--format", "json"]);
    expect(r.code).toBe(1);
    const result = JSON.parse(r.stdout);
    expect(result.stacks[0].findings.find((f: { policy: string }) => f.policy === "aws-ec2-ebs-volume-encrypted")?.message).toMatch(
      /exemption "accepted once" expired on 2020-01-31/,
    );
    expect(result.stacks[0].policyConfig).toEqual({ file: expired, origin: "explicit" });
  });
});

describe('"*" exemptions and disabled controls are always visible', () => {
  it("as suppressions with their justification in text, JSON (schema-valid) and SARIF, on both paths", () => {
    const dir = tempDir();
    const input = writeJson(dir, "state.json", exportDoc([unencryptedVolume()]));
    const config = writeJson(dir, "star.json", {
      "aws-ec2-ebs-volume-encrypted": { exemptions: [{ name: "*", reason: "scratch volumes only" }] },
      "aws-kms-key-rotation": "disabled",
    });
    const schema = JSON.parse(readFileSync(join(ROOT, "packages/report/schema/scan-result.schema.json"), "utf8"));
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    for (const mode of [[], ["--grpc"]]) {
      const text = palisade(["scan", input, "--policy-pack-config", config, ...mode]);
      expect(text.code, text.stderr).toBe(0);
      expect(text.stdout).toContain(
        `[exempted]  aws-ec2-ebs-volume-encrypted (vol: aws:ebs/volume:Volume): "scratch volumes only" (${config})`,
      );
      expect(text.stdout).toContain(`[disabled]  aws-kms-key-rotation (${config})`);
      const json = JSON.parse(palisade(["scan", input, "--policy-pack-config", config, "--format", "json", ...mode]).stdout);
      expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
      expect(json.summary.mandatory).toBe(0);
      expect(json.stacks[0].suppressed.map((f: { policy: string; suppression: unknown }) => [f.policy, f.suppression])).toEqual([
        ["aws-ec2-ebs-volume-encrypted", { kind: "exempted", justification: "scratch volumes only", source: config }],
      ]);
      const sarif = JSON.parse(palisade(["scan", input, "--policy-pack-config", config, "--format", "sarif", ...mode]).stdout);
      const run = sarif.runs[0];
      const exempted = run.results.find((r: { ruleId: string }) => r.ruleId === "aws-ec2-ebs-volume-encrypted");
      expect(exempted.suppressions).toEqual([{ kind: "external", status: "accepted", justification: "scratch volumes only" }]);
      expect(run.invocations[0].ruleConfigurationOverrides).toContainEqual({
        descriptor: { id: "aws-kms-key-rotation" },
        configuration: { enabled: false, parameters: { disabledBy: config } },
      });
    }
  });
});

describe("a program cannot switch its own guardrails off", () => {
  it("a shipped {all: disabled} is refused by preview, scan and report alike", () => {
    const file = join(SELF_DISABLING, "policy-pack-config.json");
    for (const args of [
      ["preview", SELF_DISABLING, "--stack", "dev"],
      ["scan", SELF_DISABLING, "--stack", "dev"],
      ["scan", SELF_DISABLING, "--stack", "dev", "--grpc"],
      ["report", SELF_DISABLING, "--stack", "dev"],
    ]) {
      expectRefused(palisade(args), file, /may only add exemptions .* "all" sets the level "disabled"/);
    }
  });

  it("an explicit config may lower levels, and the output says which config was used", () => {
    const dir = tempDir();
    const config = writeJson(dir, "platform.json", { "aws-ec2-ebs-volume-encrypted": "advisory" });
    const r = palisade(["scan", SELF_DISABLING, "--stack", "dev", "--policy-pack-config", config]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`Policy config: ${config} (given with --policy-pack-config)`);
    expect(r.stdout).toMatch(/\[advisory\].*aws-ec2-ebs-volume-encrypted/);
  });
});

describe("inputs are plain data: prototype keys decide nothing", () => {
  const variants: [string, string][] = [
    ["__proto__", '"__proto__":{"encrypted":true}'],
    ["constructor", '"constructor":{"encrypted":true}'],
    ["prototype", '"prototype":{"encrypted":true}'],
    ["nested __proto__ in tags", '"tags":{"__proto__":{"owner":"x","environment":"y"}}'],
  ];
  it.each(variants)("%s: the unencrypted volume still fails, in-process and over gRPC", (_label, planted) => {
    const dir = tempDir();
    // Raw text: JSON.stringify would drop a `__proto__` key.
    const text = JSON.stringify(exportDoc([unencryptedVolume()])).replace('"size":8', `"size":8,${planted}`);
    const input = writeJson(dir, "state.json", text);
    for (const mode of [[], ["--grpc"]]) {
      const r = palisade(["scan", input, "--format", "json", ...mode]);
      expect(r.code, r.stderr).toBe(1);
      const policies = JSON.parse(r.stdout).stacks[0].findings.map((f: { policy: string }) => f.policy);
      expect(policies).toContain("aws-ec2-ebs-volume-encrypted");
    }
  });

  it("a tag exemption keyed `constructor` or `__proto__` matches no untagged resource", () => {
    const dir = tempDir();
    const input = writeJson(dir, "state.json", exportDoc([unencryptedVolume()]));
    for (const key of ["constructor", "__proto__", "toString"]) {
      const config = writeJson(dir, `c-${key}.json`, {
        "aws-ec2-ebs-volume-encrypted": { exemptions: [{ tag: { key }, reason: "prototype key" }] },
      });
      expect(palisade(["scan", input, "--policy-pack-config", config, "--quiet"]).code, key).toBe(1);
    }
  });
});

describe("files", () => {
  it("a FIFO, a device and a symlink loop are refused at once, naming them", () => {
    const dir = tempDir();
    const fifo = join(dir, "state.json");
    execFileSync("mkfifo", [fifo]);
    expectRefused(palisade(["scan", fifo]), fifo, /FIFO/);
    expectRefused(palisade(["report", fifo]), fifo, /FIFO/);
    expectRefused(palisade(["scan", "/dev/zero"]), "/dev/zero", /character device/);
    const config = join(dir, "config.json");
    execFileSync("mkfifo", [config]);
    const input = writeJson(dir, "ok.json", exportDoc([]));
    expectRefused(palisade(["scan", input, "--policy-pack-config", config]), config, /not a regular file/);
    symlinkSync("loop-b", join(dir, "loop-a"));
    symlinkSync("loop-a", join(dir, "loop-b"));
    expectRefused(palisade(["scan", join(dir, "loop-a")]), "loop-a", /symlink loop/);
  });

  it("oversized files and gzip bombs stop at the bound, which a flag raises", () => {
    const dir = tempDir();
    const doc = exportDoc([unencryptedVolume()]);
    // 3 MiB of padding inside a valid document.
    (doc.deployment as { manifest: Record<string, unknown> }).manifest.padding = "x".repeat(3 * 1024 * 1024);
    const big = writeJson(dir, "big.json", doc);
    expectRefused(palisade(["scan", big, "--max-input-size", "1"]), big, /more than the 1 MiB .* --max-input-size/);
    expect(palisade(["scan", big, "--max-input-size", "8", "--quiet"]).code).toBe(1);
    const bomb = join(dir, "bomb.json.gz");
    writeFileSync(bomb, gzipSync(Buffer.from(JSON.stringify(doc))));
    expectRefused(palisade(["scan", bomb, "--max-input-size", "1"]), bomb, /decompresses to more than 1 MiB/);
    expectRefused(palisade(["scan", big, "--max-input-size", "lots"]), "--max-input-size", /MiB/);
  });

  it("deep nesting, invalid UTF-8 and a type that disagrees with its URN are refused naming the file", () => {
    const dir = tempDir();
    const deep = `{"version":3,"deployment":{"manifest":{},"resources":[{"urn":"urn:pulumi:d::p::aws:s3/bucket:Bucket::b","type":"aws:s3/bucket:Bucket","custom":true,"inputs":{"x":${"[".repeat(20_000)}1${"]".repeat(20_000)}}}]}}`;
    const deepFile = writeJson(dir, "deep.json", deep);
    expectRefused(palisade(["scan", deepFile]), deepFile, /more than 1000 levels deep/);
    expectRefused(palisade(["report", deepFile]), deepFile, /more than 1000 levels deep/);
    const latin1 = join(dir, "latin1.json");
    writeFileSync(latin1, Buffer.concat([Buffer.from('{"deployment":{"x":"'), Buffer.from([0xe9, 0xff]), Buffer.from('"}}')]));
    expectRefused(palisade(["scan", latin1]), latin1, /not valid UTF-8/);
    const longName = "n".repeat(1_000_000);
    const mismatch = writeJson(
      dir,
      "mismatch.json",
      exportDoc([{ ...unencryptedVolume(), urn: `urn:pulumi:dev::hostile::aws:s3/bucket:Bucket::${longName}` }]),
    );
    const r = palisade(["scan", mismatch]);
    expectRefused(r, mismatch, /has type "aws:ebs\/volume:Volume" but its URN says "aws:s3\/bucket:Bucket"/);
    // A 1 MB URN is not echoed in full.
    expect(r.stderr.length).toBeLessThan(2000);
  });

  it("--out and --write-baseline onto an input are refused and the input is untouched", () => {
    const dir = tempDir();
    const input = writeJson(dir, "state.json", exportDoc([unencryptedVolume()]));
    const before = readFileSync(input, "utf8");
    expectRefused(palisade(["scan", input, "--out", input]), input, /--out .* is the input/);
    expectRefused(palisade(["scan", input, "--out", join(dir, ".", "state.json")]), input, /is the input/);
    expectRefused(palisade(["report", input, "--out", input]), input, /is the input/);
    expectRefused(palisade(["report", input, "--write-baseline", input]), input, /--write-baseline .* is the input/);
    // Through a symlink to the input.
    symlinkSync(input, join(dir, "alias.json"));
    expectRefused(palisade(["scan", input, "--out", join(dir, "alias.json")]), input, /is the input/);
    expect(readFileSync(input, "utf8")).toBe(before);
    expect(listTree(dir)).toEqual(["alias.json", "state.json"]);
  });

  it("DIY backends: symlinked checkpoints and project folders are read; empty backends and loops are errors", () => {
    const real = tempDir();
    const checkpoint = writeJson(real, "dev.json", {
      version: 3,
      checkpoint: { stack: "dev", latest: (exportDoc([unencryptedVolume()]) as { deployment: unknown }).deployment },
    });
    const backend = tempDir();
    const stacks = ensureDir(join(backend, ".pulumi", "stacks"));
    expectRefused(palisade(["scan", backend]), backend, /no stack checkpoints/);
    expectRefused(palisade(["report", backend]), backend, /no stack checkpoints/);
    // A symlinked checkpoint inside a project folder, and a symlinked project folder.
    ensureDir(join(stacks, "hostile"));
    symlinkSync(checkpoint, join(stacks, "hostile", "dev.json"));
    const projectDir = ensureDir(join(real, "other-project"));
    writeFileSync(join(projectDir, "prod.json"), readFileSync(checkpoint));
    symlinkSync(projectDir, join(stacks, "other"));
    const r = palisade(["scan", backend, "--format", "json"]);
    expect(r.code, r.stderr).toBe(1);
    expect(JSON.parse(r.stdout).summary.stacks).toBe(2);
    expect(palisade(["report", backend, "--format", "json"]).code).toBe(1);
    symlinkSync("loop-2.json", join(stacks, "hostile", "loop-1.json"));
    symlinkSync("loop-1.json", join(stacks, "hostile", "loop-2.json"));
    expectRefused(palisade(["scan", backend]), "loop-1.json", /symlink loop/);
  });
});

describe("nothing evaluated is not a pass", () => {
  it("a stack no pack applies to says so in text and JSON", () => {
    const dir = tempDir();
    const doc = exportDoc([{ type: "kubernetes:core/v1:Namespace", name: "ns", inputs: { metadata: { name: "x" } } }]);
    const deployment = doc.deployment as { resources: { type: string }[] };
    deployment.resources = deployment.resources.filter((r) => r.type !== "pulumi:providers:aws");
    const input = writeJson(dir, "k8s.json", doc);
    const text = palisade(["scan", input]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("nothing in this stack was evaluated");
    expect(text.stdout).not.toMatch(/Policies: ✓/);
    const json = JSON.parse(palisade(["scan", input, "--format", "json"]).stdout);
    expect(json.stacks[0].notEvaluated.join(" ")).toMatch(/no policy pack applies to this stack.*1 kubernetes/);
    expect(json.stacks[0].policyPacks).toEqual([]);
  });
});

describe("temp files", () => {
  it("SIGTERM during a report removes its spool and staged files", async () => {
    const dir = tempDir();
    // Enough stacks that the run is still going when the signal arrives.
    const resources = Array.from({ length: 4000 }, (_, i) => unencryptedVolume(`v${i}`));
    const input = writeJson(dir, "state.json", exportDoc(resources));
    const out = join(dir, "out");
    const run = palisadeAsync(["report", input, input, input, input, "--format", "html,json,csv", "--out", out]);
    // Wait until the spool exists (the run is under way), then stop it.
    while (listTree(run.tmp).length === 0 && run.child.exitCode === null) await new Promise((r) => setTimeout(r, 20));
    run.child.kill("SIGTERM");
    const ended = await run.exited;
    expect(ended.signal === "SIGTERM" || ended.code !== 0).toBe(true);
    expect(listTree(run.tmp)).toEqual([]);
    expect(existsSync(out) ? listTree(out) : []).toEqual([]);
  });

  it("leftovers of a run killed outright are removed by the next run", () => {
    const dir = tempDir();
    const input = writeJson(dir, "state.json", exportDoc([unencryptedVolume()]));
    // A pid that cannot be running (above the kernel's pid_max).
    const dead = 4_194_305;
    const stale = join(dir, `.out.json.${dead}.1700000000000.tmp`);
    writeFileSync(stale, "partial");
    const r = palisade(["scan", input, "--format", "json", "--out", join(dir, "out.json"), "--quiet"]);
    expect(r.code).toBe(1);
    expect(listTree(dir)).toEqual(["out.json", "state.json"]);
  });
});

describe("planted secret in the config file never leaks through an error", () => {
  it("an invalid config quoting a secret-looking value is refused without echoing the file's text", () => {
    const dir = tempDir();
    const input = writeJson(dir, "state.json", exportDoc([unencryptedVolume()]));
    const config = writeJson(dir, "config.json", '{"aws-ec2-ebs-volume-encrypted": {"exemptions": [ZQCONFIGLEAK]}}');
    const r = palisade(["scan", input, "--policy-pack-config", config]);
    expectRefused(r, config, /not valid JSON/);
    expect(r.stderr).not.toContain("ZQCONFIGLEAK");
  });
});
