import { defineControl } from "../../model/control";
import { failAll, type Violation } from "../../model/verdict";
import { IDENTITY_POLICY_TYPES, identityPolicyDocuments } from "../../shared/aws-iam";
import { coversAllResources, describeStatement, explainPattern, grantingPattern } from "../../shared/iam-policy";

const DECRYPT_ACTIONS = ["kms:Decrypt", "kms:ReEncryptFrom"];

/** Identity policies allowing kms:Decrypt / kms:ReEncryptFrom on every key (FSBP KMS.1 and KMS.2). */
export const iamPolicyNoKmsDecryptAllKeys = defineControl({
  id: "aws-iam-policy-no-kms-decrypt-all-keys",
  title: "IAM policies do not allow decryption with all KMS keys",
  rationale:
    "kms:Decrypt on Resource \"*\" lets the principal decrypt data under any key whose key policy delegates to IAM, so one role's compromise exposes every workload's data.",
  severity: "medium",
  cloud: "aws",
  service: "iam",
  resourceTypes: IDENTITY_POLICY_TYPES,
  frameworks: {
    "aws-fsbp": ["KMS.1", "KMS.2"],
    "nist-800-53-r5": ["AC-6", "AC-3", "SC-12"],
    soc2: ["CC6.1", "CC6.3"],
    "iso27001-2022": ["A.8.2", "A.8.24"],
    "pci-dss-4.0": ["3.6.1.2", "7.2.2"],
  },
  remediation:
    "List the key ARNs the principal decrypts with in Resource, or condition the grant on kms:ViaService / kms:EncryptionContext.",
  enforcementLevel: "advisory",
  tags: ["key-management", "least-privilege"],
  check: (r) => {
    const violations: Violation[] = [];
    for (const { property, policy } of identityPolicyDocuments(r.type, r.props)) {
      for (const s of policy.statements) {
        if (s.conditions.length > 0 || !coversAllResources(s)) continue;
        const granted = DECRYPT_ACTIONS.map((a) => ({ a, p: grantingPattern(s, a) })).filter((g) => g.p);
        if (granted.length === 0) continue;
        violations.push({
          property: `${property}.Statement[${s.index}]`,
          message: `${property} ${describeStatement(s)} allows ${granted.map((g) => `${g.a} (through ${explainPattern(g.p ?? "")})`).join(", ")} on all keys; list the key ARNs instead`,
        });
      }
    }
    return failAll(violations);
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:iam/rolePolicy:RolePolicy",
          props: {
            role: "app",
            policy: JSON.stringify({
              Statement: [{ Effect: "Allow", Action: "kms:Decrypt", Resource: "arn:aws:kms:eu-west-1:111122223333:key/1" }],
            }),
          },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "aws:iam/policy:Policy",
          props: { policy: JSON.stringify({ Statement: [{ Effect: "Allow", Action: "kms:*", Resource: "*" }] }) },
        },
      ],
    ],
  },
});
