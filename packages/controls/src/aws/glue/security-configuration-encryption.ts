import { defineControl } from "../../model/control";
import { failAll, type Violation } from "../../model/verdict";

const PARTS = [
  { block: "s3Encryption", mode: "s3EncryptionMode", what: "job output in S3" },
  { block: "cloudwatchEncryption", mode: "cloudwatchEncryptionMode", what: "job logs" },
  { block: "jobBookmarksEncryption", mode: "jobBookmarksEncryptionMode", what: "job bookmarks" },
];

export const glueSecurityConfigurationEncryption = defineControl({
  id: "aws-glue-security-configuration-encryption",
  title: "Glue security configurations encrypt job output, logs and bookmarks",
  rationale:
    "Jobs and crawlers using a security configuration write S3 data, CloudWatch logs and bookmarks with exactly the encryption it names; DISABLED leaves each in clear.",
  severity: "medium",
  cloud: "aws",
  service: "glue",
  resourceTypes: ["aws:glue/securityConfiguration:SecurityConfiguration"],
  frameworks: {
    "nist-800-53-r5": ["SC-28", "SC-28(1)", "SC-13"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["3.5.1"],
    hipaa: ["164.312(a)(2)(iv)"],
  },
  remediation:
    'Set s3EncryptionMode "SSE-KMS", cloudwatchEncryptionMode "SSE-KMS" and jobBookmarksEncryptionMode "CSE-KMS", each with kmsKeyArn.',
  enforcementLevel: "advisory",
  tags: ["encryption", "analytics"],
  check: (r) => {
    const violations: Violation[] = [];
    const config = r.props.encryptionConfiguration;
    for (const p of PARTS) {
      const mode = config?.[p.block]?.[p.mode];
      if (mode === undefined || mode === null || mode === "DISABLED") {
        violations.push({
          property: `encryptionConfiguration.${p.block}.${p.mode}`,
          message: `${p.what} are not encrypted (${p.mode} ${JSON.stringify(mode ?? "DISABLED")}); set a KMS mode`,
        });
      }
    }
    return failAll(violations);
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:glue/securityConfiguration:SecurityConfiguration",
          props: {
            encryptionConfiguration: {
              s3Encryption: { s3EncryptionMode: "SSE-KMS", kmsKeyArn: "k" },
              cloudwatchEncryption: { cloudwatchEncryptionMode: "SSE-KMS", kmsKeyArn: "k" },
              jobBookmarksEncryption: { jobBookmarksEncryptionMode: "CSE-KMS", kmsKeyArn: "k" },
            },
          },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "aws:glue/securityConfiguration:SecurityConfiguration",
          props: {
            encryptionConfiguration: {
              s3Encryption: { s3EncryptionMode: "SSE-S3" },
              cloudwatchEncryption: { cloudwatchEncryptionMode: "DISABLED" },
              jobBookmarksEncryption: { jobBookmarksEncryptionMode: "DISABLED" },
            },
          },
        },
      ],
    ],
  },
});
