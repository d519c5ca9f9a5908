import { defineControl } from "../../model/control";
import { failAll, type Violation } from "../../model/verdict";
import { listOf } from "../../shared/network";

/**
 * Managing a VPC's default security group with aws.ec2.DefaultSecurityGroup removes every rule it does
 * not declare, so declaring none closes it. Resources launched without a security group land in it.
 */
export const defaultSecurityGroupClosed = defineControl({
  id: "aws-ec2-default-security-group-closed",
  title: "Default security groups allow no traffic",
  rationale:
    "Instances, endpoints and functions launched without an explicit security group join the default group; if it allows traffic they are reachable, and reach each other, by accident.",
  severity: "medium",
  cloud: "aws",
  service: "ec2",
  resourceTypes: ["aws:ec2/defaultSecurityGroup:DefaultSecurityGroup"],
  frameworks: {
    "cis-aws-7.0": ["6.5"],
    "cis-aws-3.0": ["5.4"],
    "aws-fsbp": ["EC2.2"],
    "nist-800-53-r5": ["AC-4", "SC-7", "SC-7(5)", "CM-7"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.20", "A.8.22"],
    "pci-dss-4.0": ["1.2.8", "1.3.1"],
    hipaa: ["164.312(e)(1)"],
  },
  remediation: "Declare the aws.ec2.DefaultSecurityGroup with no ingress and no egress blocks; give workloads their own security groups.",
  enforcementLevel: "mandatory",
  tags: ["network", "least-privilege"],
  check: (r) => {
    const violations: Violation[] = [];
    for (const direction of ["ingress", "egress"] as const) {
      const rules = listOf(r.props[direction]);
      if (rules.length > 0) {
        violations.push({
          property: direction,
          message: `the default security group declares ${rules.length} ${direction} rule(s); remove them`,
        });
      }
    }
    return failAll(violations);
  },
  remediate: (r) =>
    listOf(r.props.ingress).length === 0 && listOf(r.props.egress).length === 0 ? undefined : { ...r.props, ingress: [], egress: [] },
  examples: {
    compliant: [[{ type: "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup", props: { vpcId: "vpc-1" } }]],
    nonCompliant: [
      [
        {
          type: "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup",
          props: { vpcId: "vpc-1", ingress: [{ protocol: "-1", self: true, fromPort: 0, toPort: 0 }] },
        },
      ],
      [
        {
          type: "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup",
          props: { vpcId: "vpc-1", egress: [{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] }] },
        },
      ],
    ],
  },
});
