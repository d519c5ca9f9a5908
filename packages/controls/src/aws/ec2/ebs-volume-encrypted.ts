import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

export const ebsVolumeEncrypted = defineControl({
  id: "aws-ec2-ebs-volume-encrypted",
  title: "EBS volumes are encrypted",
  rationale: "Unencrypted volumes and their snapshots expose data to anyone who can copy or share the snapshot.",
  severity: "high",
  cloud: "aws",
  service: "ec2",
  resourceTypes: ["aws:ebs/volume:Volume"],
  frameworks: {
    "cis-aws-7.0": ["6.1.1"],
    "cis-aws-3.0": ["2.2.1"],
    "aws-fsbp": ["EC2.3"],
    "nist-800-53-r5": ["SC-28", "SC-28(1)", "SC-13"],
    soc2: ["CC6.1", "CC6.7"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["3.5.1"],
    hipaa: ["164.312(a)(2)(iv)"],
  },
  remediation: "Set encrypted: true (and kmsKeyId to a customer-managed key), or enable EBS encryption by default in the account.",
  enforcementLevel: "mandatory",
  tags: ["encryption", "data-protection"],
  check: (r) =>
    r.props.encrypted === true
      ? pass()
      : fail("encrypted", `encrypted is ${JSON.stringify(r.props.encrypted ?? false)}; set encrypted: true`),
  remediate: (r) => (r.props.encrypted === true ? undefined : { ...r.props, encrypted: true }),
  preventive: [
    {
      kind: "aws-scp",
      statements: () => [
        {
          Sid: "DenyUnencryptedEbsVolumes",
          Effect: "Deny",
          Action: "ec2:CreateVolume",
          Resource: "*",
          Condition: { Bool: { "ec2:Encrypted": "false" } },
        },
      ],
    },
  ],
  examples: {
    compliant: [[{ type: "aws:ebs/volume:Volume", props: { availabilityZone: "eu-west-1a", size: 10, encrypted: true } }]],
    nonCompliant: [
      [{ type: "aws:ebs/volume:Volume", props: { availabilityZone: "eu-west-1a", size: 10 } }],
      [{ type: "aws:ebs/volume:Volume", props: { size: 10, encrypted: false } }],
    ],
  },
});
