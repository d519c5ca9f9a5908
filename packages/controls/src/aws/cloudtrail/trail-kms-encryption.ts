import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

export const cloudtrailKmsEncryption = defineControl({
  id: "aws-cloudtrail-trail-kms-encryption",
  title: "CloudTrail logs are encrypted with a KMS key",
  rationale:
    "With SSE-KMS, reading the trail needs kms:Decrypt on a key the security team controls, not just s3:GetObject on the bucket, so log access can be restricted and audited.",
  severity: "medium",
  cloud: "aws",
  service: "cloudtrail",
  resourceTypes: ["aws:cloudtrail/trail:Trail"],
  frameworks: {
    "cis-aws-7.0": ["4.5"],
    "cis-aws-3.0": ["3.5"],
    "aws-fsbp": ["CloudTrail.2"],
    "nist-800-53-r5": ["AU-9", "SC-28", "SC-28(1)", "SC-13"],
    soc2: ["CC6.1", "CC7.2"],
    "iso27001-2022": ["A.8.15", "A.8.24"],
    "pci-dss-4.0": ["10.3.2", "3.5.1"],
    hipaa: ["164.312(a)(2)(iv)", "164.312(b)"],
  },
  remediation:
    "Set kmsKeyId to a customer-managed KMS key whose policy lets cloudtrail.amazonaws.com encrypt and your investigators decrypt.",
  enforcementLevel: "mandatory",
  tags: ["logging", "encryption"],
  check: (r) => {
    const key = r.props.kmsKeyId;
    return typeof key === "string" && key.trim() !== ""
      ? pass()
      : fail("kmsKeyId", "kmsKeyId is not set; set it to a customer-managed KMS key");
  },
  examples: {
    compliant: [
      [{ type: "aws:cloudtrail/trail:Trail", props: { s3BucketName: "trail-logs", kmsKeyId: "arn:aws:kms:eu-west-1:111122223333:key/1" } }],
    ],
    nonCompliant: [[{ type: "aws:cloudtrail/trail:Trail", props: { s3BucketName: "trail-logs" } }]],
  },
});
