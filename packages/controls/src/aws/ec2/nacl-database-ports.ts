import { defineControl } from "../../model/control";
import { failAll } from "../../model/verdict";
import { configuredDatabasePorts, DEFAULT_DATABASE_PORTS, naclDatabaseViolations } from "../../shared/aws-database-ports";
import { NACL_TYPES } from "../../shared/aws-network";

/**
 * The subnet-level counterpart of aws-ec2-security-group-database-ports: the first network-ACL entry
 * matching traffic from anywhere to a database port decides, so an allow-all entry before any deny is a
 * violation for every engine port it covers.
 */
export const naclDatabasePorts = defineControl({
  id: "aws-ec2-nacl-database-ports",
  title: "Network ACLs do not allow database ports from the internet",
  rationale:
    "Subnets holding databases should refuse internet traffic to database ports at the network-ACL layer too, so one permissive security group does not expose the engine.",
  severity: "medium",
  cloud: "aws",
  service: "ec2",
  resourceTypes: NACL_TYPES,
  frameworks: {
    "nist-800-53-r5": ["AC-4", "SC-7", "SC-7(5)", "CM-7"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.20", "A.8.22"],
    "pci-dss-4.0": ["1.3.1", "1.3.2"],
    hipaa: ["164.312(e)(1)"],
  },
  remediation:
    "In network ACLs of database subnets, put deny entries for the database ports from 0.0.0.0/0 and ::/0 before any broader allow, or allow only the application subnets' ranges.",
  enforcementLevel: "advisory",
  tags: ["network", "public-exposure", "database"],
  configSchema: {
    ports: {
      type: "array",
      items: { type: "integer", minimum: 1, maximum: 65535 },
      default: [...DEFAULT_DATABASE_PORTS],
      description: "TCP ports of database, cache, search and streaming engines that must not be allowed from the internet.",
    },
  },
  check: (r, ctx) => failAll(naclDatabaseViolations(r.type, r.props, configuredDatabasePorts(ctx.settings))),
  examples: {
    compliant: [
      [
        {
          type: "aws:ec2/networkAcl:NetworkAcl",
          props: {
            vpcId: "vpc-1",
            ingress: [
              { ruleNo: 100, action: "allow", protocol: "tcp", fromPort: 443, toPort: 443, cidrBlock: "0.0.0.0/0" },
              { ruleNo: 110, action: "allow", protocol: "tcp", fromPort: 1024, toPort: 65535, cidrBlock: "10.0.0.0/8" },
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
            cidrBlock: "10.0.0.0/16",
            fromPort: 5432,
            toPort: 5432,
          },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "aws:ec2/networkAcl:NetworkAcl",
          props: {
            vpcId: "vpc-1",
            ingress: [{ ruleNo: 100, action: "allow", protocol: "-1", fromPort: 0, toPort: 0, cidrBlock: "0.0.0.0/0" }],
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
            cidrBlock: "0.0.0.0/0",
            fromPort: 3306,
            toPort: 3306,
          },
        },
      ],
    ],
  },
});
