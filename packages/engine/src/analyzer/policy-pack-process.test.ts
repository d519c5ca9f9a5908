import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  emptyOptions,
  InputError,
  type PlannedResource,
  SECRET_SIG,
  SIG_KEY,
  UNKNOWN_SENTINELS,
  UNKNOWN_STRING,
  type WireProperties,
} from "../model/snapshot";
import { type PolicyPackProcess, startPolicyPack } from "./policy-pack-process";

const ONE_POLICY_PACK = path.resolve(__dirname, "../../test-fixtures/packs/one-policy");
const UNKNOWN_BOOL = "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7";
const UNKNOWN_OBJECT = "dd056dcd-154b-4c76-9bd3-c8f88648b5ff";
const STACK = "urn:pulumi:dev::shop";

function resource(type: string, name: string, inputs: WireProperties, extra: Partial<PlannedResource> = {}): PlannedResource {
  return {
    urn: `${STACK}::${type}::${name}`,
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

/** A bucket every policy of the pack accepts, with `inputs` merged over it. */
function bucket(name: string, inputs: WireProperties = {}): PlannedResource {
  return resource("aws:s3/bucket:Bucket", name, {
    acl: "private",
    versioning: { enabled: true },
    tags: { owner: "team-a" },
    ...inputs,
  });
}

describe("analyzer client against the one-policy pack", { timeout: 60_000 }, () => {
  let pack: PolicyPackProcess;

  beforeAll(async () => {
    pack = await startPolicyPack(ONE_POLICY_PACK);
  }, 60_000);

  afterAll(async () => {
    await pack?.close();
  });

  it("reports the pack and its policies through GetAnalyzerInfo", async () => {
    const info = await pack.getAnalyzerInfo();
    expect(info).toMatchObject({ name: "one-policy", version: "0.0.1", supportsConfig: true, initialConfig: {} });
    expect(info.policies.map((policy) => policy.name)).toEqual([
      "s3-no-public-read",
      "s3-versioning-enabled",
      "required-tags",
      "provider-region",
      "bucket-policy-references-bucket",
      "bucket-managed-tag",
    ]);
    const [publicRead] = info.policies;
    expect(publicRead).toEqual({
      name: "s3-no-public-read",
      displayName: "No public-read S3 buckets",
      description: "Prohibits the public-read canned ACL on S3 buckets.",
      enforcementLevel: "mandatory",
      message: "",
      policyType: "resource",
      severity: "high",
      tags: ["s3", "public-access"],
      remediationSteps: "Set acl to private.",
      url: "https://example.com/policies/s3-no-public-read",
      framework: { name: "cis-aws", version: "3.0.0", reference: "2.1.5", specification: "Block public access" },
    });
    const byName = new Map(info.policies.map((policy) => [policy.name, policy]));
    expect(byName.get("required-tags")?.configSchema).toEqual({
      properties: { requiredTags: { type: "array", items: { type: "string" }, default: ["owner"] } },
      required: [],
    });
    expect(byName.get("bucket-policy-references-bucket")?.policyType).toBe("stack");
    expect(byName.get("bucket-managed-tag")?.enforcementLevel).toBe("remediate");
    expect(await pack.getPluginInfo()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("configures the declared levels and schema defaults when given no config", async () => {
    const sent = await pack.configure({});
    expect(Object.fromEntries(sent)).toEqual({
      "s3-no-public-read": { enforcementLevel: "mandatory", properties: undefined },
      "s3-versioning-enabled": { enforcementLevel: "mandatory", properties: undefined },
      "required-tags": { enforcementLevel: "advisory", properties: { requiredTags: ["owner"] } },
      "provider-region": { enforcementLevel: "advisory", properties: undefined },
      "bucket-policy-references-bucket": { enforcementLevel: "mandatory", properties: undefined },
      "bucket-managed-tag": { enforcementLevel: "remediate", properties: undefined },
    });
  });

  it("reports a mandatory violation, and nothing for a compliant bucket", async () => {
    await pack.configure({});
    const violating = await pack.analyze(bucket("public", { acl: "public-read" }));
    expect(violating.diagnostics).toEqual([
      {
        policyName: "s3-no-public-read",
        policyPackName: "one-policy",
        policyPackVersion: "0.0.1",
        description: "Prohibits the public-read canned ACL on S3 buckets.",
        message: "Prohibits the public-read canned ACL on S3 buckets.\nBucket ACL is public-read.",
        urn: "",
        enforcementLevel: "mandatory",
        severity: "high",
      },
    ]);
    const compliant = await pack.analyze(bucket("private"));
    expect(compliant.diagnostics).toEqual([]);
    // The remediation-only policy has nothing to validate.
    expect(compliant.notApplicable).toEqual([{ policyName: "bucket-managed-tag", reason: "Policy does not implement validateResource" }]);
  });

  it("turns a policy that reads an unknown value into an advisory 'can't run policy' diagnostic", async () => {
    await pack.configure({});
    expect(UNKNOWN_SENTINELS.has(UNKNOWN_BOOL) && UNKNOWN_SENTINELS.has(UNKNOWN_OBJECT)).toBe(true);
    for (const versioning of [{ enabled: UNKNOWN_BOOL }, UNKNOWN_OBJECT]) {
      const { diagnostics } = await pack.analyze(bucket("preview", { versioning }));
      expect(diagnostics).toHaveLength(1);
      expect(diagnostics[0]).toMatchObject({ policyName: "s3-versioning-enabled", enforcementLevel: "advisory" });
      expect(diagnostics[0].message).toContain("can't run policy 's3-versioning-enabled'");
      expect(diagnostics[0].message).toContain("during preview");
    }
    // An unknown the policies do not read does not matter.
    expect((await pack.analyze(bucket("named-later", { bucket: UNKNOWN_STRING }))).diagnostics).toEqual([]);
  });

  it("shows a secret-wrapped value to policies as its plain value", async () => {
    await pack.configure({});
    const secretAcl = { [SIG_KEY]: SECRET_SIG, value: "public-read" };
    const { diagnostics } = await pack.analyze(bucket("secret", { acl: secretAcl }));
    expect(diagnostics.map((d) => d.policyName)).toEqual(["s3-no-public-read"]);
  });

  it("applies enforcement overrides, 'disabled' and policy properties from the config", async () => {
    const publicBucket = bucket("public", { acl: "public-read" });
    await pack.configure({ "s3-no-public-read": { enforcementLevel: "advisory" } });
    expect((await pack.analyze(publicBucket)).diagnostics).toMatchObject([
      { policyName: "s3-no-public-read", enforcementLevel: "advisory" },
    ]);

    await pack.configure({ "s3-no-public-read": "disabled" });
    expect((await pack.analyze(publicBucket)).diagnostics).toEqual([]);

    await pack.configure({ all: "mandatory", "required-tags": { requiredTags: ["owner", "cost-center"] } });
    const { diagnostics } = await pack.analyze(publicBucket);
    expect(diagnostics.map((d) => [d.policyName, d.enforcementLevel])).toEqual([
      ["s3-no-public-read", "mandatory"],
      ["required-tags", "mandatory"],
    ]);
    expect(diagnostics[1].message).toContain("Missing tags: cost-center.");
  });

  it("rejects config that does not match a policy's schema, naming the policy", async () => {
    const invalid = pack.configure({ "required-tags": { requiredTags: "owner" } }, "policy-config.json");
    await expect(invalid).rejects.toBeInstanceOf(InputError);
    await expect(invalid).rejects.toThrow(
      /policy-config\.json: invalid config for policy pack "one-policy":\n {2}required-tags: requiredTags must be array/,
    );
    await expect(pack.configure({ "s3-no-public-read": "blocking" })).rejects.toThrow(
      /"s3-no-public-read": "blocking" is not a valid enforcement level/,
    );
    await expect(pack.configure({ "s3-no-public-read": 3 } as never)).rejects.toThrow(/must be a string or object/);
  });

  it("passes the provider resource to resource policies", async () => {
    await pack.configure({});
    const provider = resource("pulumi:providers:aws", "us", { region: "us-east-1" });
    const { diagnostics } = await pack.analyze(bucket("in-us"), provider);
    expect(diagnostics).toMatchObject([
      {
        policyName: "provider-region",
        message: expect.stringContaining("Provider us (pulumi:providers:aws) deploys to us-east-1."),
      },
    ]);
  });

  it("reports policies that do not apply to a resource type", async () => {
    await pack.configure({});
    const { diagnostics, notApplicable } = await pack.analyze(
      resource("aws:s3/bucketPolicy:BucketPolicy", "policy", { bucket: "b", policy: "{}" }),
    );
    expect(diagnostics).toEqual([]);
    expect(notApplicable).toContainEqual({
      policyName: "s3-no-public-read",
      reason: "Policy only applies to resources of type 'aws:s3/bucket:Bucket'",
    });
  });

  it("gives stack policies the resources with their dependencies and property dependencies", async () => {
    await pack.configure({});
    const source = bucket("source");
    const wired = resource(
      "aws:s3/bucketPolicy:BucketPolicy",
      "wired",
      { bucket: "source", policy: "{}" },
      { dependencies: [source.urn], propertyDependencies: { bucket: [source.urn], policy: [] } },
    );
    const unwired = resource(
      "aws:s3/bucketPolicy:BucketPolicy",
      "unwired",
      { bucket: "source", policy: "{}" },
      { dependencies: [source.urn], propertyDependencies: {} },
    );
    const { diagnostics } = await pack.analyzeStack([source, wired, unwired]);
    expect(diagnostics).toEqual([
      expect.objectContaining({
        policyName: "bucket-policy-references-bucket",
        urn: unwired.urn,
        enforcementLevel: "mandatory",
        message: expect.stringContaining("Bucket policy unwired does not reference a bucket (depends on: source)."),
      }),
    ]);
  });

  it("sends outputs rather than inputs to stack policies when a resource has them", async () => {
    await pack.configure({});
    const source = bucket("source");
    const recorded = resource(
      "aws:s3/bucketPolicy:BucketPolicy",
      "recorded",
      { bucket: "source" },
      { outputs: { bucket: "source", policy: "{}" }, propertyDependencies: { bucket: [source.urn] } },
    );
    expect((await pack.analyzeStack([source, recorded])).diagnostics).toEqual([]);
  });

  it("returns the remediated properties, in wire form", async () => {
    await pack.configure({});
    const secretAcl = { [SIG_KEY]: SECRET_SIG, value: "private" };
    const { remediations, notApplicable } = await pack.remediate(bucket("untagged", { acl: secretAcl }));
    expect(remediations).toEqual([
      {
        policyName: "bucket-managed-tag",
        policyPackName: "one-policy",
        policyPackVersion: "0.0.1",
        description: "Adds a managedBy tag to S3 buckets.",
        properties: {
          acl: secretAcl,
          versioning: { enabled: true },
          tags: { owner: "team-a", managedBy: "palisade" },
        },
      },
    ]);
    expect(notApplicable).toEqual([]);

    await pack.configure({ "bucket-managed-tag": "disabled" });
    expect((await pack.remediate(bucket("untagged"))).remediations).toEqual([]);
  });

  it("accepts ConfigureStack", async () => {
    await expect(
      pack.configureStack({ project: "shop", stack: "dev", organization: "acme", tags: { env: "dev" } }),
    ).resolves.toBeUndefined();
  });
});
