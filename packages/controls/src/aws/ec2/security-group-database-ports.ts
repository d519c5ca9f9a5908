import { defineControl } from "../../model/control";
import { failAll } from "../../model/verdict";
import { configuredDatabasePorts, DEFAULT_DATABASE_PORTS, securityGroupDatabaseViolations } from "../../shared/aws-database-ports";
import { SECURITY_GROUP_TYPES } from "../../shared/aws-network";

/**
 * Database, cache, search and streaming listeners (MySQL 3306, PostgreSQL 5432, SQL Server 1433,
 * Oracle 1521, Redis 6379, Memcached 11211, MongoDB 27017, OpenSearch 9200/9300, Cassandra 9042,
 * Kafka 9092, …) opened to 0.0.0.0/0 or ::/0. The ports are a setting, so a team running an engine on
 * another port adds it.
 */
export const securityGroupDatabasePorts = defineControl({
  id: "aws-ec2-security-group-database-ports",
  title: "Security groups do not open database ports to the internet",
  rationale:
    "Database and cache listeners reachable from the internet are found by scanners within minutes and attacked with credential stuffing, default passwords (Redis and Memcached have none by default) and engine exploits; they belong behind application security groups.",
  severity: "critical",
  cloud: "aws",
  service: "ec2",
  resourceTypes: SECURITY_GROUP_TYPES,
  frameworks: {
    "aws-fsbp": ["EC2.19"],
    "nist-800-53-r5": ["AC-4", "SC-7", "SC-7(3)", "CM-7"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.20", "A.8.22"],
    "pci-dss-4.0": ["1.3.1", "1.3.2", "1.4.2", "1.4.4"],
    hipaa: ["164.312(e)(1)"],
  },
  remediation:
    "Remove 0.0.0.0/0 and ::/0 as sources for the database ports; allow the application's security group (sourceSecurityGroupId / referencedSecurityGroupId) or private ranges instead.",
  enforcementLevel: "mandatory",
  tags: ["network", "public-exposure", "database"],
  configSchema: {
    ports: {
      type: "array",
      items: { type: "integer", minimum: 1, maximum: 65535 },
      default: [...DEFAULT_DATABASE_PORTS],
      description: "TCP ports of database, cache, search and streaming engines that must not be reachable from the internet.",
    },
  },
  check: (r, ctx) => failAll(securityGroupDatabaseViolations(r.type, r.props, configuredDatabasePorts(ctx.settings))),
  examples: {
    compliant: [
      [
        {
          type: "aws:ec2/securityGroup:SecurityGroup",
          props: {
            ingress: [
              { protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"] },
              { protocol: "tcp", fromPort: 3306, toPort: 3306, cidrBlocks: ["10.0.0.0/16"] },
              { protocol: "tcp", fromPort: 5432, toPort: 5432, securityGroups: ["sg-0app"] },
            ],
          },
        },
      ],
      [
        {
          type: "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule",
          props: { securityGroupId: "sg-1", ipProtocol: "tcp", fromPort: 6379, toPort: 6379, referencedSecurityGroupId: "sg-0app" },
        },
      ],
      [
        {
          type: "aws:ec2/securityGroupRule:SecurityGroupRule",
          props: { type: "egress", protocol: "tcp", fromPort: 5432, toPort: 5432, cidrBlocks: ["0.0.0.0/0"], securityGroupId: "sg-1" },
        },
      ],
    ],
    nonCompliant: [
      // The shape seen in a public program: MySQL opened to the world on an inline ingress block.
      [
        {
          type: "aws:ec2/securityGroup:SecurityGroup",
          props: { ingress: [{ protocol: "tcp", fromPort: 3306, toPort: 3306, cidrBlocks: ["0.0.0.0/0"] }] },
        },
      ],
      [
        {
          type: "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule",
          props: { securityGroupId: "sg-1", ipProtocol: "tcp", fromPort: 5432, toPort: 5432, cidrIpv4: "0.0.0.0/0" },
        },
      ],
      [
        {
          type: "aws:ec2/securityGroupRule:SecurityGroupRule",
          props: { type: "ingress", protocol: "tcp", fromPort: 6379, toPort: 6379, ipv6CidrBlocks: ["::/0"], securityGroupId: "sg-1" },
        },
      ],
      [
        {
          type: "aws:ec2/securityGroup:SecurityGroup",
          props: { ingress: [{ protocol: "tcp", fromPort: 27000, toPort: 28000, cidrBlocks: ["0.0.0.0/0"] }] },
        },
      ],
      [
        {
          type: "aws:ec2/securityGroup:SecurityGroup",
          props: { ingress: [{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] }] },
        },
      ],
    ],
  },
});
