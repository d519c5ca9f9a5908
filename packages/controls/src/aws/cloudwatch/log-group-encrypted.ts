import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

export const cloudwatchLogGroupEncrypted = defineControl({
  id: "aws-cloudwatch-log-group-encrypted",
  title: "CloudWatch log groups are encrypted with a customer-managed KMS key",
  rationale:
    "Logs hold request details, identifiers and the occasional leaked secret; a customer-managed key puts reading them under a key policy the owner controls and can revoke.",
  severity: "low",
  cloud: "aws",
  service: "cloudwatch",
  resourceTypes: ["aws:cloudwatch/logGroup:LogGroup"],
  frameworks: {
    "nist-800-53-r5": ["SC-28", "SC-28(1)", "AU-9"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.8.15", "A.8.24"],
    "pci-dss-4.0": ["3.5.1", "10.3.2"],
    hipaa: ["164.312(a)(2)(iv)"],
  },
  remediation: "Set kmsKeyId to a KMS key ARN whose key policy allows logs.<region>.amazonaws.com to use it for this log group.",
  enforcementLevel: "advisory",
  tags: ["encryption", "logging"],
  check: (r) => {
    const key = r.props.kmsKeyId;
    return typeof key === "string" && key.trim() !== ""
      ? pass()
      : fail("kmsKeyId", "kmsKeyId is not set (logs are encrypted with a service key only); set it to a customer-managed KMS key");
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:cloudwatch/logGroup:LogGroup",
          props: { name: "/app/api", retentionInDays: 365, kmsKeyId: "arn:aws:kms:eu-west-1:1:key/1" },
        },
      ],
    ],
    nonCompliant: [[{ type: "aws:cloudwatch/logGroup:LogGroup", props: { name: "/app/api", retentionInDays: 365 } }]],
  },
});
