import { defineControl } from "../../model/control";
import { failAll, type Violation } from "../../model/verdict";
import { securityGroupIngressRules as ingressRules } from "../../shared/aws-network";
import { ADMIN_PORTS, isAllProtocols, isOpenCidr, listOf, rangeCovers } from "../../shared/network";

export const securityGroupAdminPorts = defineControl({
  id: "aws-ec2-security-group-admin-ports",
  title: "Security groups do not open SSH or RDP to the internet",
  rationale:
    "Ports 22 and 3389 open to 0.0.0.0/0 or ::/0 are scanned within minutes of exposure; administrative access belongs behind SSM Session Manager or a bastion.",
  severity: "critical",
  cloud: "aws",
  service: "ec2",
  resourceTypes: [
    "aws:ec2/securityGroup:SecurityGroup",
    "aws:ec2/securityGroupRule:SecurityGroupRule",
    "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule",
  ],
  frameworks: {
    "cis-aws-7.0": ["6.3", "6.4"],
    "cis-aws-3.0": ["5.2", "5.3"],
    "aws-fsbp": ["EC2.13", "EC2.14"],
    "nist-800-53-r5": ["AC-4", "SC-7", "SC-7(3)", "CM-7"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.20", "A.8.22"],
    "pci-dss-4.0": ["1.3.1", "1.4.2"],
    hipaa: ["164.312(e)(1)"],
  },
  remediation:
    "Remove the 0.0.0.0/0 and ::/0 sources for ports 22 and 3389; use SSM Session Manager, or restrict the source to a known range.",
  enforcementLevel: "mandatory",
  tags: ["network", "public-exposure"],
  check: (r) => {
    const violations: Violation[] = [];
    ingressRules(r.type, r.props).forEach((rule, i) => {
      const sources = [...listOf<unknown>(rule.cidrBlocks), ...listOf<unknown>(rule.ipv6CidrBlocks)].filter(isOpenCidr);
      if (sources.length === 0) return;
      for (const port of ADMIN_PORTS) {
        if (
          isAllProtocols(rule.protocol) ||
          ((rule.protocol === "tcp" || rule.protocol === "6") && rangeCovers(rule.fromPort, rule.toPort, port))
        ) {
          violations.push({
            property: r.type === "aws:ec2/securityGroup:SecurityGroup" ? `ingress[${i}]` : "cidrBlocks",
            message: `ingress allows port ${port} from ${sources.join(", ")}; restrict the source or use SSM Session Manager`,
          });
        }
      }
    });
    return failAll(violations);
  },
  response: [
    {
      runbook: "aws-revoke-open-admin-ports",
      trigger: "CloudTrail AuthorizeSecurityGroupIngress / ModifySecurityGroupRules; Security Hub EC2.13, EC2.14, EC2.53, EC2.54",
      action: "ec2:RevokeSecurityGroupIngress of the open admin-port rules only",
      kind: "remediate",
    },
  ],
  examples: {
    compliant: [
      [
        {
          type: "aws:ec2/securityGroup:SecurityGroup",
          props: {
            ingress: [
              { protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"] },
              { protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["10.0.0.0/8"] },
            ],
          },
        },
      ],
      [
        {
          type: "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule",
          props: { ipProtocol: "tcp", fromPort: 3389, toPort: 3389, cidrIpv4: "10.1.0.0/16" },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "aws:ec2/securityGroup:SecurityGroup",
          props: { ingress: [{ protocol: "tcp", fromPort: 0, toPort: 65535, cidrBlocks: ["0.0.0.0/0"] }] },
        },
      ],
      [
        {
          type: "aws:ec2/securityGroupRule:SecurityGroupRule",
          props: { type: "ingress", protocol: "-1", fromPort: 0, toPort: 0, ipv6CidrBlocks: ["::/0"] },
        },
      ],
      [
        {
          type: "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule",
          props: { ipProtocol: "tcp", fromPort: 22, toPort: 22, cidrIpv4: "0.0.0.0/0" },
        },
      ],
    ],
  },
});
