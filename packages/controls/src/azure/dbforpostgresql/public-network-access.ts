import { defineControl } from "../../model/control";
import { flexibleServerNetworkCheck } from "../../shared/azure";

const SERVER = "azure-native:dbforpostgresql:Server";
const FIREWALL = ["azure-native:dbforpostgresql:FirewallRule", "azure-native:dbforpostgresql:SingleServerFirewallRule"];

export const postgresPublicNetworkAccess = defineControl({
  id: "azure-dbforpostgresql-public-network-access",
  title: "PostgreSQL flexible servers are not reachable from public networks",
  rationale:
    "A server with public access answers on the internet, and a 0.0.0.0 firewall rule admits every Azure customer's resources; private access (VNet integration or private endpoints) removes both.",
  severity: "high",
  cloud: "azure",
  service: "dbforpostgresql",
  resourceTypes: [SERVER, ...FIREWALL],
  frameworks: {
    "cis-azure-3.0": ["5.2.5"],
    "nist-800-53-r5": ["AC-4", "SC-7", "SC-7(3)"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.20", "A.8.22"],
    "pci-dss-4.0": ["1.3.1", "1.4.1"],
    hipaa: ["164.312(e)(1)"],
  },
  remediation:
    'Set network.publicNetworkAccess: "Disabled" (with network.delegatedSubnetResourceId or a private endpoint), and remove firewall rules starting at 0.0.0.0 ("Allow public access from any Azure service").',
  enforcementLevel: "mandatory",
  tags: ["network", "public-exposure", "database"],
  check: flexibleServerNetworkCheck(SERVER),
  examples: {
    compliant: [
      [
        {
          type: SERVER,
          props: { version: "16", network: { publicNetworkAccess: "Disabled", delegatedSubnetResourceId: "/subscriptions/s/subnets/db" } },
        },
      ],
      [
        {
          type: "azure-native:dbforpostgresql:FirewallRule",
          props: { serverName: "pg", startIpAddress: "203.0.113.1", endIpAddress: "203.0.113.1" },
        },
      ],
    ],
    nonCompliant: [
      [{ type: SERVER, props: { version: "16", network: { publicNetworkAccess: "Enabled" } } }],
      [{ type: SERVER, props: { version: "16" } }],
      [
        {
          type: "azure-native:dbforpostgresql:FirewallRule",
          props: { serverName: "pg", startIpAddress: "0.0.0.0", endIpAddress: "0.0.0.0" },
        },
      ],
    ],
  },
});
