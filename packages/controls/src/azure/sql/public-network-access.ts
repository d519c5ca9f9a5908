import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { same } from "../../shared/azure";
import { azurePolicy } from "../../shared/azure-policy";

export const sqlPublicNetworkAccess = defineControl({
  id: "azure-sql-public-network-access",
  title: "Azure SQL logical servers disable public network access",
  rationale:
    "With public network access disabled the server accepts connections only through private endpoints, and no firewall rule can open it to the internet by mistake.",
  severity: "high",
  cloud: "azure",
  service: "sql",
  resourceTypes: ["azure-native:sql:Server"],
  frameworks: {
    "cis-azure-3.0": ["5.1.7"],
    "nist-800-53-r5": ["AC-4", "SC-7", "SC-7(3)"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.20", "A.8.22"],
    "pci-dss-4.0": ["1.3.1", "1.4.1"],
    hipaa: ["164.312(e)(1)"],
  },
  remediation: 'Set publicNetworkAccess: "Disabled" and connect through a private endpoint (groupIds ["sqlServer"]).',
  // Deny-enforced in Corp by the landing zone.
  enforcementLevel: "advisory",
  tags: ["network", "public-exposure", "database"],
  check: (r) =>
    same(r.props.publicNetworkAccess, "Disabled")
      ? pass()
      : fail(
          "publicNetworkAccess",
          `publicNetworkAccess is ${JSON.stringify(r.props.publicNetworkAccess ?? "unset (Enabled)")}; set it to "Disabled" and use a private endpoint`,
        ),
  preventive: [
    azurePolicy({
      name: "palisade-sql-public-network-access",
      displayName: "Azure SQL servers must disable public network access",
      description: "Denies Azure SQL logical servers reachable from public networks (Palisade control azure-sql-public-network-access).",
      nonCompliantWhen: {
        allOf: [
          { field: "type", equals: "Microsoft.Sql/servers" },
          { field: "Microsoft.Sql/servers/publicNetworkAccess", notEquals: "Disabled" },
        ],
      },
      scope: "corp",
    }),
  ],
  examples: {
    compliant: [[{ type: "azure-native:sql:Server", props: { version: "12.0", publicNetworkAccess: "Disabled" } }]],
    nonCompliant: [
      [{ type: "azure-native:sql:Server", props: { version: "12.0", publicNetworkAccess: "Enabled" } }],
      [{ type: "azure-native:sql:Server", props: { version: "12.0" } }],
    ],
  },
});
