import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { str } from "../../shared/text";

export const kinesisStreamEncrypted = defineControl({
  id: "aws-kinesis-stream-encrypted",
  title: "Kinesis data streams are encrypted at rest",
  rationale:
    "Records in an unencrypted stream sit on AWS storage in clear text for the whole retention period; server-side encryption with KMS also puts reads under the key policy.",
  severity: "medium",
  cloud: "aws",
  service: "kinesis",
  resourceTypes: ["aws:kinesis/stream:Stream"],
  frameworks: {
    "aws-fsbp": ["Kinesis.1"],
    "nist-800-53-r5": ["SC-28", "SC-28(1)", "SC-13"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["3.5.1"],
    hipaa: ["164.312(a)(2)(iv)"],
  },
  remediation: 'Set encryptionType: "KMS" and kmsKeyId (the AWS-managed "alias/aws/kinesis" or a customer-managed key).',
  enforcementLevel: "mandatory",
  tags: ["data-protection", "encryption"],
  check: (r) => {
    const type = r.props.encryptionType;
    if (str(type).toUpperCase() === "KMS") return pass();
    return fail(
      "encryptionType",
      `encryptionType is ${type === undefined || type === null ? "not set (default NONE)" : JSON.stringify(type)}; set it to "KMS" with a kmsKeyId`,
    );
  },
  examples: {
    compliant: [
      [{ type: "aws:kinesis/stream:Stream", props: { shardCount: 1, encryptionType: "KMS", kmsKeyId: "alias/aws/kinesis" } }],
      [
        {
          type: "aws:kinesis/stream:Stream",
          props: {
            streamModeDetails: { streamMode: "ON_DEMAND" },
            encryptionType: "KMS",
            kmsKeyId: "arn:aws:kms:eu-west-1:123456789012:key/1",
          },
        },
      ],
    ],
    nonCompliant: [
      [{ type: "aws:kinesis/stream:Stream", props: { shardCount: 1, retentionPeriod: 48 } }],
      [{ type: "aws:kinesis/stream:Stream", props: { shardCount: 1, encryptionType: "NONE" } }],
    ],
  },
});
