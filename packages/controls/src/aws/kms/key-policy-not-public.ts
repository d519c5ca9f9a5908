import { defineControl } from "../../model/control";
import { publicPolicyCheck } from "../../shared/resource-policy";

const ROOT_POLICY = JSON.stringify({
  Version: "2012-10-17",
  Statement: [
    { Sid: "EnableIamPolicies", Effect: "Allow", Principal: { AWS: "arn:aws:iam::111122223333:root" }, Action: "kms:*", Resource: "*" },
    {
      Sid: "AllowUseThroughS3InOrg",
      Effect: "Allow",
      Principal: { AWS: "*" },
      Action: ["kms:Decrypt", "kms:GenerateDataKey"],
      Resource: "*",
      Condition: { StringEquals: { "kms:CallerAccount": "111122223333", "kms:ViaService": "s3.eu-west-1.amazonaws.com" } },
    },
  ],
});

/** Key policies on the key itself (`aws.kms.Key.policy`) or set separately (`aws.kms.KeyPolicy`). */
export const kmsKeyPolicyNotPublic = defineControl({
  id: "aws-kms-key-policy-not-public",
  title: "KMS key policies do not allow public access",
  rationale:
    'A key policy statement for Principal "*" without a condition on the caller lets any AWS account use — and with kms:* manage — the key, and so decrypt everything it protects.',
  severity: "critical",
  cloud: "aws",
  service: "kms",
  resourceTypes: ["aws:kms/key:Key", "aws:kms/keyPolicy:KeyPolicy"],
  frameworks: {
    "cis-aws-7.0": ["2.21"],
    "aws-fsbp": ["KMS.5"],
    "nist-800-53-r5": ["AC-3", "AC-6", "SC-12"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.5.15", "A.8.24"],
    "pci-dss-4.0": ["3.6.1", "7.2.1"],
    hipaa: ["164.312(a)(1)"],
  },
  remediation:
    'Name the account root or specific roles as principals, or keep Principal "*" only together with a kms:CallerAccount, aws:PrincipalOrgID or aws:PrincipalArn condition.',
  enforcementLevel: "mandatory",
  tags: ["key-management", "public-exposure"],
  check: publicPolicyCheck(["policy"]),
  examples: {
    compliant: [
      [{ type: "aws:kms/key:Key", props: { description: "default key policy", enableKeyRotation: true } }],
      [{ type: "aws:kms/keyPolicy:KeyPolicy", props: { keyId: "k", policy: ROOT_POLICY } }],
    ],
    nonCompliant: [
      [
        {
          type: "aws:kms/key:Key",
          props: {
            policy: JSON.stringify({ Statement: [{ Effect: "Allow", Principal: "*", Action: "kms:Decrypt", Resource: "*" }] }),
          },
        },
      ],
    ],
  },
});
