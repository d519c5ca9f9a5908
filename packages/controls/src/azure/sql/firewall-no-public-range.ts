import { defineControl } from "../../model/control";
import { rangeRuleCheck } from "../../shared/azure-firewall";
import { azurePolicy } from "../../shared/azure-policy";

export const sqlFirewallNoPublicRange = defineControl({
  id: "azure-sql-firewall-no-public-range",
  title: "Azure SQL firewall rules do not admit any IP or all of Azure",
  rationale:
    "A 0.0.0.0–255.255.255.255 rule opens the server to the internet; the 0.0.0.0 'Allow Azure services' rule admits every tenant's Azure resources, not only the organisation's.",
  severity: "critical",
  cloud: "azure",
  service: "sql",
  resourceTypes: ["azure-native:sql:FirewallRule"],
  frameworks: {
    "cis-azure-3.0": ["5.1.2"],
    "nist-800-53-r5": ["AC-4", "SC-7"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.20", "A.8.22"],
    "pci-dss-4.0": ["1.3.1", "1.4.1"],
    hipaa: ["164.312(e)(1)"],
  },
  remediation: "Remove rules starting at 0.0.0.0 or ending at 255.255.255.255; use private endpoints or virtual network rules instead.",
  enforcementLevel: "mandatory",
  tags: ["network", "public-exposure", "database"],
  // The allow-all family's shared reading of start–end rules (also Synapse, Redis, PostgreSQL and MySQL).
  check: rangeRuleCheck("startIpAddress", "endIpAddress"),
  preventive: [
    azurePolicy({
      name: "palisade-sql-firewall-no-public-range",
      displayName: "Azure SQL firewall rules must not admit any IP or all of Azure",
      description:
        "Denies SQL firewall rules starting at 0.0.0.0 or ending at 255.255.255.255 (Palisade control azure-sql-firewall-no-public-range).",
      mode: "All",
      nonCompliantWhen: {
        allOf: [
          { field: "type", equals: "Microsoft.Sql/servers/firewallRules" },
          {
            anyOf: [
              { field: "Microsoft.Sql/servers/firewallRules/startIpAddress", equals: "0.0.0.0" },
              { field: "Microsoft.Sql/servers/firewallRules/endIpAddress", equals: "255.255.255.255" },
            ],
          },
        ],
      },
    }),
  ],
  examples: {
    compliant: [
      [
        {
          type: "azure-native:sql:FirewallRule",
          props: { serverName: "db", startIpAddress: "203.0.113.10", endIpAddress: "203.0.113.20" },
        },
      ],
    ],
    nonCompliant: [
      [{ type: "azure-native:sql:FirewallRule", props: { serverName: "db", startIpAddress: "0.0.0.0", endIpAddress: "0.0.0.0" } }],
      [{ type: "azure-native:sql:FirewallRule", props: { serverName: "db", startIpAddress: "0.0.0.0", endIpAddress: "255.255.255.255" } }],
    ],
  },
});
