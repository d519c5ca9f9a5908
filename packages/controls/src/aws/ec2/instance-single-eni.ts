import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { listOf } from "../../shared/network";

export const ec2InstanceSingleEni = defineControl({
  id: "aws-ec2-instance-single-eni",
  title: "EC2 instances do not attach multiple network interfaces",
  rationale:
    "An instance with interfaces in several subnets bridges networks that security groups and network ACLs were meant to keep apart.",
  severity: "low",
  cloud: "aws",
  service: "ec2",
  resourceTypes: ["aws:ec2/instance:Instance"],
  frameworks: {
    "aws-fsbp": ["EC2.17"],
    "nist-800-53-r5": ["AC-4", "SC-7"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.22"],
  },
  remediation: "Use one network interface per instance; reach other subnets through routing and security groups.",
  enforcementLevel: "advisory",
  tags: ["network", "compute"],
  check: (r) => {
    const count = listOf(r.props.networkInterfaces).length;
    return count > 1 ? fail("networkInterfaces", `the instance attaches ${count} network interfaces; use one`) : pass();
  },
  examples: {
    compliant: [[{ type: "aws:ec2/instance:Instance", props: { ami: "ami-1", instanceType: "t3.micro", subnetId: "subnet-1" } }]],
    nonCompliant: [
      [
        {
          type: "aws:ec2/instance:Instance",
          props: {
            ami: "ami-1",
            instanceType: "t3.micro",
            networkInterfaces: [
              { deviceIndex: 0, networkInterfaceId: "eni-1" },
              { deviceIndex: 1, networkInterfaceId: "eni-2" },
            ],
          },
        },
      ],
    ],
  },
});
