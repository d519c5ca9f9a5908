import { defineControl } from "../../model/control";
import { failAll, type Violation } from "../../model/verdict";
import { describeStatement, grantingPattern, isAccountRoot, parsePolicy } from "../../shared/iam-policy";

/**
 * `kms:*` belongs to the account root principal only (which delegates to IAM policies, the AWS default
 * key policy). Granted directly to a role, user or service it also grants kms:PutKeyPolicy and
 * kms:ScheduleKeyDeletion, so that principal can lock everyone else out or destroy the key.
 */
export const kmsKeyPolicyNoWildcardAdmin = defineControl({
  id: "aws-kms-key-policy-no-wildcard-admin",
  title: "KMS key policies grant kms:* only to the account root",
  rationale:
    "A principal holding kms:* on a key can rewrite its policy and schedule its deletion; key administrators and key users need separate, named permissions.",
  severity: "medium",
  cloud: "aws",
  service: "kms",
  resourceTypes: ["aws:kms/key:Key", "aws:kms/keyPolicy:KeyPolicy"],
  frameworks: {
    "nist-800-53-r5": ["AC-6", "AC-5(b)", "SC-12"],
    soc2: ["CC6.1", "CC6.3"],
    "iso27001-2022": ["A.5.3", "A.8.2", "A.8.24"],
    "pci-dss-4.0": ["3.6.1.2", "7.2.2"],
  },
  remediation:
    "Grant key administrators kms:Create*, kms:Describe*, kms:Enable*, kms:List*, kms:Put*, kms:Update*, kms:Revoke*, kms:Disable*, kms:Get*, kms:Delete*, kms:TagResource, kms:UntagResource, kms:ScheduleKeyDeletion and kms:CancelKeyDeletion as needed, and key users only kms:Encrypt, kms:Decrypt, kms:ReEncrypt*, kms:GenerateDataKey* and kms:DescribeKey.",
  enforcementLevel: "advisory",
  tags: ["key-management", "least-privilege"],
  check: (r) => {
    const policy = parsePolicy(r.props.policy, "policy");
    const violations: Violation[] = [];
    for (const s of policy?.statements ?? []) {
      const pattern = grantingPattern(s, "kms:PutKeyPolicy");
      if (!pattern || !grantingPattern(s, "kms:ScheduleKeyDeletion")) continue;
      if (!(s.actions ?? []).some((a) => a.trim() === "*" || a.trim().toLowerCase() === "kms:*")) continue;
      const principals = [
        ...(s.principal?.aws ?? []).filter((a) => a.trim() !== "*" && !isAccountRoot(a)),
        ...(s.principal?.service ?? []),
        ...(s.principal?.federated ?? []),
      ];
      if (principals.length === 0) continue;
      violations.push({
        property: `policy.Statement[${s.index}]`,
        message: `${describeStatement(s)} grants ${pattern} to ${principals.join(", ")}; grant kms:* only to the account root and list the actions other principals need`,
      });
    }
    return failAll(violations);
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:kms/keyPolicy:KeyPolicy",
          props: {
            keyId: "k",
            policy: JSON.stringify({
              Statement: [
                { Effect: "Allow", Principal: { AWS: "arn:aws:iam::111122223333:root" }, Action: "kms:*", Resource: "*" },
                {
                  Effect: "Allow",
                  Principal: { AWS: "arn:aws:iam::111122223333:role/app" },
                  Action: ["kms:Decrypt", "kms:GenerateDataKey*"],
                  Resource: "*",
                },
              ],
            }),
          },
        },
      ],
      [{ type: "aws:kms/key:Key", props: { description: "no policy: AWS default key policy" } }],
    ],
    nonCompliant: [
      [
        {
          type: "aws:kms/key:Key",
          props: {
            policy: {
              Statement: {
                Effect: "Allow",
                Principal: { AWS: ["arn:aws:iam::111122223333:role/deployer"] },
                Action: "kms:*",
                Resource: "*",
              },
            },
          },
        },
      ],
    ],
  },
});
