import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { emptyOptions, InputError, type PlannedResource, type StackSnapshot } from "../model/snapshot";
import { PolicyPackError, type PolicyPackProcess, startPolicyPack } from "./policy-pack-process";
import { runPolicyPacks } from "./run-policy-packs";

const PACKS = path.resolve(__dirname, "../../test-fixtures/packs");

const bucket: PlannedResource = {
  urn: "urn:pulumi:dev::shop::aws:s3/bucket:Bucket::b",
  type: "aws:s3/bucket:Bucket",
  name: "b",
  custom: true,
  inputs: { acl: "private" },
  dependencies: [],
  propertyDependencies: {},
  options: emptyOptions(),
};

/** Whether a process with this pid is still running (signal 0 only checks). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("a pack that misbehaves fails the run", { timeout: 60_000 }, () => {
  const started: PolicyPackProcess[] = [];
  afterAll(async () => {
    await Promise.all(started.map((pack) => pack.close()));
  });

  async function start(name: string, options: Parameters<typeof startPolicyPack>[1] = {}) {
    const pack = await startPolicyPack(path.join(PACKS, name), options);
    started.push(pack);
    return pack;
  }

  it("rejects Analyze when a policy throws, with the pack's error", async () => {
    const pack = await start("throws-in-policy");
    await pack.configure({});
    const analysis = pack.analyze(bucket);
    await expect(analysis).rejects.toBeInstanceOf(PolicyPackError);
    await expect(analysis).rejects.toThrow(/Analyze\(urn:pulumi:dev::shop::aws:s3\/bucket:Bucket::b\) failed \(gRPC UNKNOWN\)/);
    await expect(analysis).rejects.toThrow(/policy 'always-throws' from policy pack 'throws-in-policy@v0.0.1'/);
    await expect(analysis).rejects.toThrow(/policy bug: cannot read the bucket/);
  });

  it("rejects the start of a pack that crashes while loading, quoting its stderr", async () => {
    const dir = path.join(PACKS, "crash-at-start");
    const start = startPolicyPack(dir);
    await expect(start).rejects.toBeInstanceOf(PolicyPackError);
    await expect(start).rejects.toThrow(dir);
    await expect(start).rejects.toThrow(/exited before printing its port/);
    await expect(start).rejects.toThrow(/pack failed to load: missing rules file/);
  });

  it("rejects a request to a pack that hangs once the request timeout passes", async () => {
    const pack = await start("hangs-in-policy", { requestTimeoutMs: 500 });
    await pack.configure({});
    const began = Date.now();
    await expect(pack.analyze(bucket)).rejects.toThrow(/no answer within 500 ms/);
    expect(Date.now() - began).toBeLessThan(5_000);
  });

  it("rejects a request during which the pack process exits", async () => {
    const pack = await start("exits-in-policy");
    await pack.configure({});
    const analysis = pack.analyze(bucket);
    await expect(analysis).rejects.toThrow(/the pack process exited with code 3/);
    await expect(analysis).rejects.toThrow(/fatal: rules engine crashed/);
    // Later requests fail at once.
    await expect(pack.getAnalyzerInfo()).rejects.toThrow(/exited with code 3/);
  });

  it("reports an unhandled exception in the pack at once, with its stderr, not as a hang", async () => {
    // @pulumi/policy unmarshals Remediate's properties outside its try/catch: a value it does not know
    // (here a resource reference, which the real engine never sends) escapes as an unhandled rejection,
    // and the process stays up without answering. The request deadline is far beyond the test timeout,
    // so only crash detection can settle this request in time.
    const pack = await start("one-policy", { requestTimeoutMs: 600_000 });
    await pack.configure({});
    const reference = {
      "4dabf18193072939515e22adb298388d": "5cf8f73096256a8f31e491e813e4eb8e",
      urn: "urn:pulumi:dev::shop::x:y:Z::r",
      id: "r",
    };
    const remediation = pack.remediate({ ...bucket, inputs: { acl: "private", bucket: reference } });
    await expect(remediation).rejects.toThrow(
      /Remediate\(urn:pulumi:dev::shop::aws:s3\/bucket:Bucket::b\): the pack process crashed with an unhandled exception/,
    );
    await expect(remediation).rejects.toThrow(/Unrecognized signature '5cf8f73096256a8f31e491e813e4eb8e'/);
    await expect(remediation).rejects.not.toThrow(/no answer within/);
    // The process is stopped: later requests fail at once too.
    await expect(pack.getAnalyzerInfo()).rejects.toThrow(/crashed with an unhandled exception/);
  });

  it("rejects a pack whose first stdout line is not a port", async () => {
    await expect(startPolicyPack(path.join(PACKS, "prints-before-port"))).rejects.toThrow(
      /printed "loading rules\.\.\." instead of its port/,
    );
  });

  it("rejects and kills a pack that does not start within the start timeout", async () => {
    const start = startPolicyPack(path.join(PACKS, "one-policy"), { startTimeoutMs: 1 });
    await expect(start).rejects.toThrow(/did not print its port within 1 ms/);
  });

  it("refuses a folder that is not a policy pack", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "not-a-pack-"));
    try {
      fs.writeFileSync(path.join(dir, "package.json"), '{"name":"x","version":"1.0.0"}');
      const start = startPolicyPack(dir);
      await expect(start).rejects.toBeInstanceOf(InputError);
      await expect(start).rejects.toThrow(`${dir}: not a policy pack: no PulumiPolicy.yaml`);
      await expect(startPolicyPack(path.join(dir, "missing"))).rejects.toBeInstanceOf(InputError);
      fs.writeFileSync(path.join(dir, "PulumiPolicy.yaml"), "runtime: python\n");
      await expect(startPolicyPack(dir)).rejects.toThrow(/runtime "python" is not supported/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("fails runPolicyPacks when one pack errors, and stops every pack it started", async () => {
    const snapshot: StackSnapshot = {
      project: "shop",
      stack: "dev",
      source: { kind: "program", path: "index.ts" },
      resources: [bucket],
    };
    const run = runPolicyPacks(snapshot, [{ dir: path.join(PACKS, "one-policy") }, { dir: path.join(PACKS, "throws-in-policy") }]);
    await expect(run).rejects.toThrow(/policy bug: cannot read the bucket/);
    const leftovers = execFileSync("ps", ["-eo", "pid,args"], { encoding: "utf8" })
      .split("\n")
      .filter((line) => line.includes("run-policy-pack") && line.includes(PACKS));
    const stillRunning = leftovers.filter((line) => {
      const pid = Number(line.trim().split(/\s+/)[0]);
      return !started.some((pack) => pack.pid === pid) && isAlive(pid);
    });
    expect(stillRunning).toEqual([]);
  });

  it("closes idempotently and rejects requests after close", async () => {
    const pack = await startPolicyPack(path.join(PACKS, "one-policy"));
    const pid = pack.pid as number;
    await Promise.all([pack.close(), pack.close()]);
    await pack.close();
    expect(isAlive(pid)).toBe(false);
    await expect(pack.analyze(bucket)).rejects.toThrow(/the pack was closed/);
  });
});
