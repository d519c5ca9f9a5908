import { defineControl } from "../../model/control";
import { failAll, type Violation } from "../../model/verdict";
import { objectsOf } from "../../shared/network";

const isTrue = (v: unknown) => v === true || (typeof v === "string" && v.trim().toLowerCase() === "true");

/**
 * Instances that request a public address. An instance that does not say inherits its subnet's
 * mapPublicIpOnLaunch (aws-ec2-subnet-no-auto-public-ip decides that).
 */
export const instanceNoPublicIp = defineControl({
  id: "aws-ec2-instance-no-public-ip",
  title: "EC2 instances and launch templates do not assign public IP addresses",
  rationale:
    "A public address makes the instance reachable from the internet as soon as a security group rule allows it; workloads belong behind load balancers, NAT and Session Manager.",
  severity: "medium",
  cloud: "aws",
  service: "ec2",
  resourceTypes: [
    "aws:ec2/instance:Instance",
    "aws:ec2/spotInstanceRequest:SpotInstanceRequest",
    "aws:ec2/launchConfiguration:LaunchConfiguration",
    "aws:ec2/launchTemplate:LaunchTemplate",
  ],
  frameworks: {
    "aws-fsbp": ["EC2.9", "EC2.25", "AutoScaling.5"],
    "nist-800-53-r5": ["AC-4", "SC-7", "SC-7(3)"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.20", "A.8.22"],
    "pci-dss-4.0": ["1.3.1", "1.4.4"],
    hipaa: ["164.312(e)(1)"],
  },
  remediation:
    'Set associatePublicIpAddress: false (launch templates: networkInterfaces[].associatePublicIpAddress: "false") and reach the instance through a load balancer or SSM Session Manager.',
  enforcementLevel: "advisory",
  tags: ["network", "public-exposure", "compute"],
  check: (r) => {
    const violations: Violation[] = [];
    if (isTrue(r.props.associatePublicIpAddress)) {
      violations.push({ property: "associatePublicIpAddress", message: "associatePublicIpAddress is true; set it to false" });
    }
    if (r.type === "aws:ec2/launchTemplate:LaunchTemplate") {
      objectsOf(r.props.networkInterfaces).forEach((ni, i) => {
        if (isTrue(ni.associatePublicIpAddress)) {
          violations.push({
            property: `networkInterfaces[${i}].associatePublicIpAddress`,
            message: `networkInterfaces[${i}].associatePublicIpAddress is "true"; set it to "false"`,
          });
        }
      });
    }
    return failAll(violations);
  },
  examples: {
    compliant: [
      [{ type: "aws:ec2/instance:Instance", props: { ami: "ami-1", associatePublicIpAddress: false } }],
      [
        {
          type: "aws:ec2/launchTemplate:LaunchTemplate",
          props: { networkInterfaces: [{ associatePublicIpAddress: "false", deviceIndex: 0 }] },
        },
      ],
    ],
    nonCompliant: [
      [{ type: "aws:ec2/instance:Instance", props: { ami: "ami-1", associatePublicIpAddress: true } }],
      [{ type: "aws:ec2/launchTemplate:LaunchTemplate", props: { networkInterfaces: [{ associatePublicIpAddress: "true" }] } }],
    ],
  },
});
