import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { readInput, runPolicyPacks, runProgram, type StackSnapshot } from "@palisade/engine";
import { evaluate, ownPack, validateOwnConfig } from "palisade";
import { beforeAll, describe, expect, it } from "vitest";
import { exportDoc, unencryptedVolume } from "./adversarial/support";
import { FIXTURES, ROOT, tempDir } from "./helpers";

/**
 * The fast in-process path must return exactly what the packs return over gRPC, as the Pulumi engine
 * drives them, on the same inputs: programs (with unknowns and secrets) and real state files.
 */

type Diag = {
  policyName: string;
  urn: string;
  enforcementLevel: string;
  message: string;
  policyPackName: string;
  policyPackVersion: string;
};
const key = (d: Diag) => [d.policyPackName, d.policyPackVersion, d.policyName, d.urn, d.enforcementLevel, d.message].join(" | ");
const normalise = (ds: readonly Diag[]) => ds.map(key).sort();

describe("in-process evaluation matches the packs over gRPC", () => {
  const snapshots: { label: string; snapshot: StackSnapshot }[] = [];

  beforeAll(async () => {
    for (const cloud of ["aws", "azure", "gcp"]) {
      for (const stack of ["compliant", "insecure"]) {
        snapshots.push({ label: `${cloud}/${stack}`, snapshot: await runProgram(join(ROOT, "stacks", `team-${cloud}-sample`), { stack }) });
      }
    }
    for (const file of ["sample-export.json", "sample-preview-creates.json", "sample-preview-update.json"]) {
      for (const snapshot of await readInput(join(FIXTURES, file))) snapshots.push({ label: file, snapshot });
    }
  });

  it("on every sample stack and real fixture", async () => {
    let compared = 0;
    for (const { label, snapshot } of snapshots) {
      const grpc = await evaluate(snapshot, { dirs: [], configs: [], inProcess: false });
      const inProcess = await evaluate(snapshot, { dirs: [], configs: [], inProcess: true });
      expect(normalise(inProcess.diagnostics as Diag[]), label).toEqual(normalise(grpc.diagnostics as Diag[]));
      compared += grpc.diagnostics.length;
    }
    // The comparison must be about something: the insecure samples and fixtures do produce findings.
    expect(compared).toBeGreaterThan(10);
  });

  it("with a policy-pack config that changes levels and exempts a resource", async () => {
    const insecure = snapshots.find((s) => s.label === "aws/insecure")?.snapshot as StackSnapshot;
    const content = {
      "aws-kms-key-rotation": "advisory",
      "aws-ec2-ebs-volume-encrypted": "disabled",
      "aws-ec2-instance-imdsv2": { exemptions: [{ name: "app", reason: "legacy AMI without IMDSv2 support", expires: "2999-01-01" }] },
      "aws-ec2-security-group-admin-ports": { exemptions: [{ type: "aws:ec2/*", reason: "was accepted", expires: "2020-01-01" }] },
    };
    const configs = [{ file: "test-config.json", content }];
    const grpc = await evaluate(insecure, { dirs: [], configs, inProcess: false });
    const inProcess = await evaluate(insecure, { dirs: [], configs, inProcess: true });
    expect(normalise(inProcess.diagnostics as Diag[])).toEqual(normalise(grpc.diagnostics as Diag[]));
    const byPolicy = (name: string) => grpc.diagnostics.filter((d) => d.policyName === name);
    expect(byPolicy("aws-kms-key-rotation").map((d) => d.enforcementLevel)).toEqual(["advisory"]);
    expect(byPolicy("aws-ec2-ebs-volume-encrypted")).toEqual([]);
    expect(byPolicy("aws-ec2-instance-imdsv2")).toEqual([]);
    // An expired exemption stops applying and says so.
    expect(byPolicy("aws-ec2-security-group-admin-ports")[0]?.message).toMatch(/exemption "was accepted" expired on 2020-01-01/);
  });

  it("refuses the same bad configs with the same errors: the pack's own Configure over gRPC and the in-process validator", async () => {
    const [snapshot] = await readInput(writeState([unencryptedVolume()]));
    const bad: Record<string, unknown>[] = [
      { "aws-ec2-ebs-volume-encrypted": { exemptions: [{ reason: "no matcher" }] } },
      { "aws-ec2-ebs-volume-encrypted": { exemptions: "all" } },
      { "aws-ec2-ebs-volume-encrypted": { exemptions: [{ name: "vol", reason: " " }] } },
      { "aws-ec2-ebs-volume-encrypted": { exemptions: [{ name: "vol", reason: "r", expires: "2027-02-30" }] } },
      { "aws-ec2-ebs-volume-encrypted": "strict" },
      { "aws-tagging-required-tags": { requiredTags: [""] } },
    ];
    const pack = ownPack("aws").dir;
    for (const content of bad) {
      let inProcess = "";
      try {
        validateOwnConfig({ file: "bad.json", content });
      } catch (e) {
        inProcess = (e as Error).message;
      }
      // Straight to the engine: the pack process is started and Configure validates, as `pulumi preview` does.
      const grpc = await runPolicyPacks(snapshot, [{ dir: pack, config: content as never, configSource: "bad.json" }]).then(
        () => "",
        (e: Error) => e.message,
      );
      expect(inProcess, JSON.stringify(content)).toMatch(/^bad\.json: /);
      expect(grpc).toBe(inProcess);
    }
  });

  it("decides the same when inputs carry __proto__, constructor or prototype keys", async () => {
    for (const key of ["__proto__", "constructor", "prototype"]) {
      // Raw text, since JSON.stringify cannot write an own `__proto__` key.
      const text = JSON.stringify(exportDoc([unencryptedVolume()])).replace('"size":8', `"size":8,"${key}":{"encrypted":true}`);
      const [snapshot] = await readInput(writeState(text));
      const grpc = await evaluate(snapshot, { dirs: [], configs: [], inProcess: false });
      const inProcess = await evaluate(snapshot, { dirs: [], configs: [], inProcess: true });
      expect(normalise(inProcess.diagnostics as Diag[]), key).toEqual(normalise(grpc.diagnostics as Diag[]));
      expect(
        grpc.diagnostics.map((d) => d.policyName),
        key,
      ).toContain("aws-ec2-ebs-volume-encrypted");
    }
  });
});

function writeState(content: unknown): string {
  const file = `${tempDir()}/state.json`;
  writeFileSync(file, typeof content === "string" ? content : JSON.stringify(exportDoc(content as never)));
  return file;
}
