import { join } from "node:path";
import { readInput, runProgram, type StackSnapshot } from "@palisade/engine";
import { evaluate } from "palisade";
import { beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, ROOT } from "./helpers";

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
});
