import { defineControl } from "../../model/control";
import { failAll, type Violation } from "../../model/verdict";
import { objectsOf } from "../../shared/network";

// biome-ignore lint/suspicious/noExplicitAny: provider-shaped JSON
type Props = Record<string, any>;

/** Launch templates carry booleans as strings ("true"); instances as booleans. */
const isTrue = (v: unknown) => v === true || (typeof v === "string" && v.trim().toLowerCase() === "true");

/**
 * Block devices an instance or launch template declares. Devices it does not declare follow the AMI's
 * snapshots and the account's EBS encryption by default (aws-ec2-ebs-encryption-by-default).
 */
function declaredDevices(type: string, props: Props): Array<{ property: string; encrypted: unknown }> {
  if (type === "aws:ec2/launchTemplate:LaunchTemplate") {
    return objectsOf(props.blockDeviceMappings)
      .map((m, i) => ({ m, i }))
      .filter(({ m }) => m.ebs !== undefined && m.ebs !== null)
      .map(({ m, i }) => ({ property: `blockDeviceMappings[${i}].ebs.encrypted`, encrypted: m.ebs?.encrypted }));
  }
  const out: Array<{ property: string; encrypted: unknown }> = [];
  const root = props.rootBlockDevice;
  if (root !== undefined && root !== null && typeof root === "object")
    out.push({ property: "rootBlockDevice.encrypted", encrypted: root.encrypted });
  objectsOf(props.ebsBlockDevices).forEach((d, i) => {
    out.push({ property: `ebsBlockDevices[${i}].encrypted`, encrypted: d.encrypted });
  });
  return out;
}

export const blockDevicesEncrypted = defineControl({
  id: "aws-ec2-block-devices-encrypted",
  title: "EBS block devices of instances and launch templates are encrypted",
  rationale: "A block device declared without encryption becomes an unencrypted EBS volume, readable from any snapshot or copy of it.",
  severity: "high",
  cloud: "aws",
  service: "ec2",
  resourceTypes: [
    "aws:ec2/instance:Instance",
    "aws:ec2/spotInstanceRequest:SpotInstanceRequest",
    "aws:ec2/launchConfiguration:LaunchConfiguration",
    "aws:ec2/launchTemplate:LaunchTemplate",
  ],
  frameworks: {
    "cis-aws-7.0": ["6.1.1"],
    "cis-aws-3.0": ["2.2.1"],
    "aws-fsbp": ["EC2.3"],
    "nist-800-53-r5": ["SC-28", "SC-28(1)", "SC-13"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["3.5.1"],
    hipaa: ["164.312(a)(2)(iv)"],
  },
  remediation:
    'Set encrypted: true on rootBlockDevice and each ebsBlockDevices entry (launch templates: blockDeviceMappings[].ebs.encrypted: "true"), optionally with kmsKeyId.',
  enforcementLevel: "mandatory",
  tags: ["encryption", "data-protection", "compute"],
  check: (r) => {
    const violations: Violation[] = declaredDevices(r.type, r.props)
      .filter((d) => !isTrue(d.encrypted))
      .map((d) => ({ property: d.property, message: `${d.property} is ${JSON.stringify(d.encrypted ?? null)}; set it to true` }));
    return failAll(violations);
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:ec2/instance:Instance",
          props: {
            ami: "ami-1",
            rootBlockDevice: { encrypted: true, volumeSize: 20 },
            ebsBlockDevices: [{ deviceName: "/dev/sdf", encrypted: true, kmsKeyId: "arn:aws:kms:eu-west-1:111122223333:key/1" }],
          },
        },
      ],
      [
        {
          type: "aws:ec2/launchTemplate:LaunchTemplate",
          props: {
            blockDeviceMappings: [
              { deviceName: "/dev/xvda", ebs: { encrypted: "true", volumeSize: 30 } },
              { deviceName: "/dev/sdb", virtualName: "ephemeral0" },
            ],
          },
        },
      ],
      [{ type: "aws:ec2/instance:Instance", props: { ami: "ami-1" } }],
    ],
    nonCompliant: [
      [
        {
          type: "aws:ec2/launchTemplate:LaunchTemplate",
          props: { blockDeviceMappings: [{ deviceName: "/dev/xvda", ebs: { volumeSize: 30 } }] },
        },
      ],
      [{ type: "aws:ec2/instance:Instance", props: { ami: "ami-1", rootBlockDevice: { encrypted: false } } }],
      [
        {
          type: "aws:ec2/launchConfiguration:LaunchConfiguration",
          props: { imageId: "ami-1", ebsBlockDevices: [{ deviceName: "/dev/sdf" }] },
        },
      ],
    ],
  },
});
