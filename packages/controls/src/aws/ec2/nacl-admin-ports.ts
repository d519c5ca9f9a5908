import { defineControl } from "../../model/control";
import { failAll, type Violation } from "../../model/verdict";
import { NACL_TYPES, naclInternetAllows } from "../../shared/aws-network";
import { ADMIN_PORTS } from "../../shared/network";

/**
 * Network ACLs are stateless subnet firewalls. The default network ACL allows all traffic until rules are
 * declared, so a DefaultNetworkAcl resource with an allow-all entry is as open as no ACL at all.
 */
export const naclAdminPorts = defineControl({
  id: "aws-ec2-nacl-admin-ports",
  title: "Network ACLs do not allow SSH or RDP from the internet",
  rationale:
    "A network ACL entry allowing 0.0.0.0/0 or ::/0 to ports 22 or 3389 removes the subnet-level layer that should keep remote administration off the internet even when a security group is too open.",
  severity: "high",
  cloud: "aws",
  service: "ec2",
  resourceTypes: NACL_TYPES,
  frameworks: {
    "cis-aws-7.0": ["6.2"],
    "cis-aws-3.0": ["5.1"],
    "aws-fsbp": ["EC2.21"],
    "nist-800-53-r5": ["AC-4", "SC-7", "SC-7(5)", "CM-7"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.20", "A.8.22"],
    "pci-dss-4.0": ["1.3.1", "1.4.2"],
    hipaa: ["164.312(e)(1)"],
  },
  remediation:
    "Put a deny entry for ports 22 and 3389 from 0.0.0.0/0 and ::/0 before (with a lower ruleNo than) any allow entry covering them, or restrict the allow entries to known ranges.",
  enforcementLevel: "mandatory",
  tags: ["network", "public-exposure"],
  check: (r) => {
    const violations: Violation[] = [];
    for (const port of ADMIN_PORTS) {
      for (const hit of naclInternetAllows(r.type, r.props, port)) {
        violations.push({
          property: hit.property,
          message: `rule ${JSON.stringify(hit.ruleNo ?? null)} allows TCP port ${port} from ${hit.source}; add a lower-numbered deny entry or narrow the source`,
        });
      }
    }
    return failAll(violations);
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:ec2/networkAcl:NetworkAcl",
          props: {
            vpcId: "vpc-1",
            ingress: [
              { ruleNo: 50, action: "deny", protocol: "tcp", fromPort: 22, toPort: 22, cidrBlock: "0.0.0.0/0" },
              { ruleNo: 60, action: "deny", protocol: "tcp", fromPort: 3389, toPort: 3389, cidrBlock: "0.0.0.0/0" },
              { ruleNo: 100, action: "allow", protocol: "tcp", fromPort: 0, toPort: 65535, cidrBlock: "0.0.0.0/0" },
              { ruleNo: 110, action: "allow", protocol: "tcp", fromPort: 443, toPort: 443, ipv6CidrBlock: "::/0" },
            ],
          },
        },
      ],
      [
        {
          type: "aws:ec2/networkAclRule:NetworkAclRule",
          props: {
            networkAclId: "acl-1",
            ruleNumber: 100,
            egress: false,
            protocol: "tcp",
            ruleAction: "allow",
            cidrBlock: "10.0.0.0/8",
            fromPort: 22,
            toPort: 22,
          },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "aws:ec2/defaultNetworkAcl:DefaultNetworkAcl",
          props: {
            defaultNetworkAclId: "acl-1",
            ingress: [{ ruleNo: 100, action: "allow", protocol: "-1", fromPort: 0, toPort: 0, cidrBlock: "0.0.0.0/0" }],
          },
        },
      ],
      [
        {
          type: "aws:ec2/networkAcl:NetworkAcl",
          props: {
            vpcId: "vpc-1",
            ingress: [{ ruleNo: 100, action: "allow", protocol: "6", fromPort: 3389, toPort: 3389, ipv6CidrBlock: "::/0" }],
          },
        },
      ],
      [
        {
          type: "aws:ec2/networkAclRule:NetworkAclRule",
          props: {
            networkAclId: "acl-1",
            ruleNumber: 100,
            protocol: "tcp",
            ruleAction: "allow",
            cidrBlock: "0.0.0.0/0",
            fromPort: 0,
            toPort: 1024,
          },
        },
      ],
    ],
  },
});
