import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

/** The regional switch that encrypts every new EBS volume and snapshot copy, whatever the launch request says. */
export const ebsEncryptionByDefault = defineControl({
  id: "aws-ec2-ebs-encryption-by-default",
  title: "EBS encryption by default is enabled",
  rationale:
    "With encryption by default off, any volume launched without encrypted: true (an AMI's root volume, an Auto Scaling launch) is written in clear to disks and snapshots that can be copied and shared.",
  severity: "high",
  cloud: "aws",
  service: "ec2",
  resourceTypes: ["aws:ebs/encryptionByDefault:EncryptionByDefault"],
  frameworks: {
    "cis-aws-7.0": ["6.1.1"],
    "cis-aws-3.0": ["2.2.1"],
    "aws-fsbp": ["EC2.7"],
    "nist-800-53-r5": ["SC-28", "SC-28(1)", "SC-13"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["3.5.1"],
    hipaa: ["164.312(a)(2)(iv)"],
  },
  remediation: "Set enabled: true (the default) on aws.ebs.EncryptionByDefault in every region the account uses.",
  enforcementLevel: "mandatory",
  tags: ["encryption", "data-protection"],
  check: (r) =>
    r.props.enabled === false ? fail("enabled", "enabled is false; set enabled: true so every new EBS volume is encrypted") : pass(),
  remediate: (r) => (r.props.enabled === false ? { ...r.props, enabled: true } : undefined),
  preventive: [
    {
      kind: "aws-scp",
      statements: () => [
        { Sid: "DenyDisablingEbsEncryptionByDefault", Effect: "Deny", Action: "ec2:DisableEbsEncryptionByDefault", Resource: "*" },
      ],
    },
  ],
  examples: {
    compliant: [[{ type: "aws:ebs/encryptionByDefault:EncryptionByDefault", props: { enabled: true } }]],
    nonCompliant: [[{ type: "aws:ebs/encryptionByDefault:EncryptionByDefault", props: { enabled: false } }]],
  },
});
