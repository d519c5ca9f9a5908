import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { emptyOptions, type PlannedResource, type StackSnapshot, type WireProperties } from "../model/snapshot";
import { mapInOrder, rootStackUrn, runPolicyPacks } from "./run-policy-packs";
import type { PolicyRemediation } from "./types";

const ONE_POLICY_PACK = path.resolve(__dirname, "../../test-fixtures/packs/one-policy");
const PREFIX = "urn:pulumi:dev::shop";
const STACK_URN = `${PREFIX}::pulumi:pulumi:Stack::shop-dev`;
const PROVIDER_URN = `${PREFIX}::pulumi:providers:aws::default_6_0_0`;

function resource(type: string, name: string, inputs: WireProperties, extra: Partial<PlannedResource> = {}): PlannedResource {
  return {
    urn: `${PREFIX}::${type}::${name}`,
    type,
    name,
    custom: true,
    inputs,
    dependencies: [],
    propertyDependencies: {},
    options: emptyOptions(),
    ...extra,
  };
}

function snapshotOf(resources: PlannedResource[]): StackSnapshot {
  return { project: "shop", stack: "dev", source: { kind: "program", path: "index.ts" }, resources };
}

const stackResource: PlannedResource = {
  ...resource("pulumi:pulumi:Stack", "shop-dev", {}),
  urn: STACK_URN,
  custom: false,
};
const provider = resource("pulumi:providers:aws", "default_6_0_0", { region: "us-east-1" }, { urn: PROVIDER_URN });
const viaProvider = { parent: STACK_URN, provider: `${PROVIDER_URN}::04da6b54-80e4-46f7-96ec-b56ff0331ba9` };
const publicBucket = resource(
  "aws:s3/bucket:Bucket",
  "public",
  { acl: "public-read", versioning: { enabled: true }, tags: { owner: "a" } },
  viaProvider,
);
const privateBucket = resource(
  "aws:s3/bucket:Bucket",
  "private",
  { acl: "private", versioning: { enabled: true }, tags: { owner: "a" } },
  viaProvider,
);
const unwiredPolicy = resource(
  "aws:s3/bucketPolicy:BucketPolicy",
  "unwired",
  { bucket: "private", policy: "{}" },
  { ...viaProvider, dependencies: [privateBucket.urn] },
);

describe("runPolicyPacks", { timeout: 60_000 }, () => {
  it("remediates, then analyses every resource with its provider, then the stack, as the engine does", async () => {
    const remediations: [string, PolicyRemediation][] = [];
    const diagnostics = await runPolicyPacks(
      snapshotOf([stackResource, provider, publicBucket, privateBucket, unwiredPolicy]),
      [
        {
          dir: ONE_POLICY_PACK,
          // Requiring the tag the remediation adds shows analysis sees the remediated inputs.
          config: { "required-tags": { requiredTags: ["owner", "managedBy"] } },
        },
      ],
      { onRemediation: (urn, remediation) => remediations.push([urn, remediation]) },
    );
    expect(diagnostics.map((d) => [d.policyName, d.urn, d.enforcementLevel])).toEqual([
      ["s3-no-public-read", publicBucket.urn, "mandatory"],
      ["provider-region", publicBucket.urn, "advisory"],
      ["provider-region", privateBucket.urn, "advisory"],
      ["bucket-policy-references-bucket", unwiredPolicy.urn, "mandatory"],
    ]);
    expect(diagnostics[1].message).toContain("Provider default_6_0_0 (pulumi:providers:aws) deploys to us-east-1.");
    expect(remediations.map(([urn]) => urn)).toEqual([publicBucket.urn, privateBucket.urn]);
    expect(remediations[0][1].properties?.tags).toEqual({ owner: "a", managedBy: "palisade" });
  });

  it("uses the declared levels without config, and skips resources being deleted", async () => {
    const deleted = { ...publicBucket, urn: `${publicBucket.urn}-old`, op: "delete" };
    const diagnostics = await runPolicyPacks(snapshotOf([deleted, privateBucket]), [{ dir: ONE_POLICY_PACK }]);
    expect(diagnostics).toEqual([]);
  });

  it("reports stack diagnostics without a known URN against the root stack", () => {
    expect(rootStackUrn(snapshotOf([]))).toBe("urn:pulumi:dev::shop::pulumi:pulumi:Stack::shop-dev");
    expect(rootStackUrn(snapshotOf([stackResource]))).toBe(STACK_URN);
  });

  it("keeps results in order with bounded concurrency", async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    const results = await mapInOrder([50, 10, 30, 0, 20, 5], 3, async (delay, index) => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await new Promise((resolve) => setTimeout(resolve, delay));
      inFlight--;
      return index;
    });
    expect(results).toEqual([0, 1, 2, 3, 4, 5]);
    expect(maxInFlight).toBe(3);
  });
});
