import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

export const secretsmanagerSecretCmk = defineControl({
  id: "aws-secretsmanager-secret-cmk",
  title: "Secrets Manager secrets are encrypted with a customer-managed KMS key",
  rationale:
    "With the AWS-managed aws/secretsmanager key any principal allowed secretsmanager:GetSecretValue can read the secret; a customer-managed key adds a key policy as a second, separately owned gate and allows cross-account sharing.",
  severity: "low",
  cloud: "aws",
  service: "secretsmanager",
  resourceTypes: ["aws:secretsmanager/secret:Secret"],
  frameworks: {
    "nist-800-53-r5": ["SC-12", "SC-28", "AC-3"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["3.6.1"],
    hipaa: ["164.312(a)(2)(iv)"],
  },
  remediation: "Set kmsKeyId to a customer-managed KMS key (not alias/aws/secretsmanager).",
  enforcementLevel: "advisory",
  tags: ["encryption", "secrets"],
  check: (r) => {
    const key = r.props.kmsKeyId;
    if (typeof key !== "string" || key.trim() === "")
      return fail("kmsKeyId", "kmsKeyId is not set, so the AWS-managed key is used; set a customer-managed key");
    return /alias\/aws\/secretsmanager$/.test(key.trim())
      ? fail("kmsKeyId", "kmsKeyId names the AWS-managed key alias/aws/secretsmanager; use a customer-managed key")
      : pass();
  },
  examples: {
    compliant: [[{ type: "aws:secretsmanager/secret:Secret", props: { name: "db/app", kmsKeyId: "arn:aws:kms:eu-west-1:1:key/1" } }]],
    nonCompliant: [
      [{ type: "aws:secretsmanager/secret:Secret", props: { name: "db/app" } }],
      [{ type: "aws:secretsmanager/secret:Secret", props: { name: "db/app", kmsKeyId: "alias/aws/secretsmanager" } }],
    ],
  },
});
