import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

export const efsFileSystemEncrypted = defineControl({
  id: "aws-efs-file-system-encrypted",
  title: "EFS file systems are encrypted at rest",
  rationale:
    "EFS encryption can only be chosen at creation; an unencrypted file system keeps its data and backups in clear for its whole life.",
  severity: "high",
  cloud: "aws",
  service: "efs",
  resourceTypes: ["aws:efs/fileSystem:FileSystem"],
  frameworks: {
    "cis-aws-7.0": ["3.3.1"],
    "cis-aws-3.0": ["2.4.1"],
    "aws-fsbp": ["EFS.1"],
    "nist-800-53-r5": ["SC-28", "SC-28(1)", "SC-13"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["3.5.1"],
    hipaa: ["164.312(a)(2)(iv)"],
  },
  remediation: "Set encrypted: true (and kmsKeyId to a customer-managed key); existing file systems must be copied to a new encrypted one.",
  enforcementLevel: "mandatory",
  tags: ["encryption", "data-protection"],
  check: (r) =>
    r.props.encrypted === true ? pass() : fail("encrypted", `encrypted is ${JSON.stringify(r.props.encrypted ?? false)}; set it to true`),
  preventive: [
    {
      kind: "aws-scp",
      statements: () => [
        {
          Sid: "DenyUnencryptedEfs",
          Effect: "Deny",
          Action: "elasticfilesystem:CreateFileSystem",
          Resource: "*",
          Condition: { Bool: { "elasticfilesystem:Encrypted": "false" } },
        },
      ],
    },
  ],
  examples: {
    compliant: [
      [{ type: "aws:efs/fileSystem:FileSystem", props: { encrypted: true, kmsKeyId: "arn:aws:kms:eu-west-1:111122223333:key/1" } }],
    ],
    nonCompliant: [[{ type: "aws:efs/fileSystem:FileSystem", props: { performanceMode: "generalPurpose" } }]],
  },
});
