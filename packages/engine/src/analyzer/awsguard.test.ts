import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emptyOptions, type PlannedResource, type WireProperties } from "../model/snapshot";
import { type PolicyPackProcess, startPolicyPack } from "./policy-pack-process";

// test/third-party/awsguard-pack at the repository root: `new AwsGuard({ all: "mandatory" })`.
const AWSGUARD_PACK = path.resolve(__dirname, "../../../../test/third-party/awsguard-pack");

function resource(type: string, name: string, inputs: WireProperties): PlannedResource {
  return {
    urn: `urn:pulumi:dev::shop::${type}::${name}`,
    type,
    name,
    custom: true,
    inputs,
    dependencies: [],
    propertyDependencies: {},
    options: emptyOptions(),
  };
}

describe("third-party pack: @pulumi/awsguard", { timeout: 120_000 }, () => {
  let pack: PolicyPackProcess;

  beforeAll(async () => {
    pack = await startPolicyPack(AWSGUARD_PACK, { startTimeoutMs: 60_000 });
  }, 120_000);

  afterAll(async () => {
    await pack?.close();
  });

  it("lists its policies, declared advisory with an initial config that makes them all mandatory", async () => {
    const info = await pack.getAnalyzerInfo();
    expect(info.name).toBe("pulumi-awsguard");
    const names = info.policies.map((policy) => policy.name);
    expect(names).toEqual(
      expect.arrayContaining([
        "s3-bucket-logging-enabled",
        "ec2-instance-no-public-ip",
        "rds-storage-encrypted",
        "elb-deletion-protection-enabled",
        "dynamodb-table-encryption-enabled",
      ]),
    );
    expect(info.policies.every((policy) => policy.enforcementLevel === "advisory")).toBe(true);
    expect(info.initialConfig.all).toEqual({ enforcementLevel: "mandatory" });
    const sent = await pack.configure({});
    expect(sent.get("s3-bucket-logging-enabled")?.enforcementLevel).toBe("mandatory");
  });

  it("flags an S3 bucket without access logging, and accepts one with it", async () => {
    await pack.configure({});
    const unlogged = await pack.analyze(resource("aws:s3/bucket:Bucket", "unlogged", { acl: "public-read" }));
    expect(unlogged.diagnostics).toEqual([
      expect.objectContaining({
        policyName: "s3-bucket-logging-enabled",
        policyPackName: "pulumi-awsguard",
        enforcementLevel: "mandatory",
        message: expect.stringContaining("Bucket logging must be defined."),
      }),
    ]);
    expect(unlogged.notApplicable).toContainEqual({
      policyName: "ec2-instance-no-public-ip",
      reason: "Policy only applies to resources of type 'aws:ec2/instance:Instance'",
    });

    const logged = await pack.analyze(
      resource("aws:s3/bucket:Bucket", "logged", { acl: "private", loggings: [{ targetBucket: "access-logs" }] }),
    );
    expect(logged.diagnostics).toEqual([]);
  });

  it("flags an EC2 instance with a public IP, at the level the user's config sets", async () => {
    await pack.configure({ "ec2-instance-no-public-ip": "advisory" });
    const { diagnostics } = await pack.analyze(
      resource("aws:ec2/instance:Instance", "web", {
        ami: "ami-123",
        instanceType: "t3.micro",
        associatePublicIpAddress: true,
        monitoring: true,
        ebsBlockDevices: [],
        rootBlockDevice: { encrypted: true },
      }),
    );
    expect(diagnostics).toContainEqual(expect.objectContaining({ policyName: "ec2-instance-no-public-ip", enforcementLevel: "advisory" }));
  });
});
