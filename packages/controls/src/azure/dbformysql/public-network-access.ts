import { defineControl } from "../../model/control";
import { flexibleServerNetworkCheck } from "../../shared/azure";

const SERVER = "azure-native:dbformysql:Server";
const FIREWALL = ["azure-native:dbformysql:FirewallRule", "azure-native:dbformysql:SingleServerFirewallRule"];

export const mysqlPublicNetworkAccess = defineControl({
  id: "azure-dbformysql-public-network-access",
  title: "MySQL flexible servers are not reachable from public networks",
  rationale:
    "A server with public access answers on the internet, and a 0.0.0.0 firewall rule admits every Azure customer's resources; private access (VNet integration or private endpoints) removes both.",
  severity: "high",
  cloud: "azure",
  service: "dbformysql",
  resourceTypes: [SERVER, ...FIREWALL],
  frameworks: {
    "nist-800-53-r5": ["AC-4", "SC-7", "SC-7(3)"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.20", "A.8.22"],
    "pci-dss-4.0": ["1.3.1", "1.4.1"],
    hipaa: ["164.312(e)(1)"],
  },
  remediation:
    'Set network.publicNetworkAccess: "Disabled" (with network.delegatedSubnetResourceId or a private endpoint), and remove firewall rules starting at 0.0.0.0 or ending at 255.255.255.255.',
  enforcementLevel: "mandatory",
  tags: ["network", "public-exposure", "database"],
  check: flexibleServerNetworkCheck(SERVER),
  examples: {
    compliant: [
      [{ type: SERVER, props: { version: "8.0.21", network: { publicNetworkAccess: "Disabled" } } }],
      [{ type: "azure-native:dbformysql:FirewallRule", props: { serverName: "my", startIpAddress: "10.0.0.4", endIpAddress: "10.0.0.4" } }],
    ],
    nonCompliant: [
      [{ type: SERVER, props: { version: "8.0.21", network: { publicNetworkAccess: "Enabled" } } }],
      [
        {
          type: "azure-native:dbformysql:FirewallRule",
          props: { serverName: "my", startIpAddress: "0.0.0.0", endIpAddress: "255.255.255.255" },
        },
      ],
    ],
  },
});
