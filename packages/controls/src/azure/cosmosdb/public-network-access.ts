import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { COSMOS_ACCOUNT_TYPES, same } from "../../shared/azure";
import { azurePolicy } from "../../shared/azure-policy";

export const cosmosPublicNetworkAccess = defineControl({
  id: "azure-cosmosdb-public-network-access",
  title: "Cosmos DB accounts disable public network access",
  rationale:
    "With public network access disabled the account is reached only through private endpoints, so keys or tokens cannot be used from the internet.",
  severity: "high",
  cloud: "azure",
  service: "cosmosdb",
  resourceTypes: [...COSMOS_ACCOUNT_TYPES],
  frameworks: {
    "cis-azure-3.0": ["5.4.2"],
    "nist-800-53-r5": ["AC-4", "SC-7", "SC-7(3)"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.20", "A.8.22"],
    "pci-dss-4.0": ["1.3.1", "1.4.1"],
    hipaa: ["164.312(e)(1)"],
  },
  remediation: 'Set publicNetworkAccess: "Disabled" and add a private endpoint (groupIds ["Sql"], or the account\'s API).',
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
      name: "palisade-cosmosdb-public-network-access",
      displayName: "Cosmos DB accounts must disable public network access",
      description: "Denies Cosmos DB accounts reachable from public networks (Palisade control azure-cosmosdb-public-network-access).",
      nonCompliantWhen: {
        allOf: [
          { field: "type", equals: "Microsoft.DocumentDB/databaseAccounts" },
          { field: "Microsoft.DocumentDB/databaseAccounts/publicNetworkAccess", notEquals: "Disabled" },
        ],
      },
      scope: "corp",
    }),
  ],
  examples: {
    compliant: [
      [{ type: "azure-native:cosmosdb:DatabaseAccount", props: { databaseAccountOfferType: "Standard", publicNetworkAccess: "Disabled" } }],
    ],
    nonCompliant: [
      [{ type: "azure-native:cosmosdb:DatabaseAccount", props: { databaseAccountOfferType: "Standard" } }],
      [
        {
          type: "azure-native:documentdb:DatabaseAccount",
          props: { databaseAccountOfferType: "Standard", publicNetworkAccess: "Enabled" },
        },
      ],
    ],
  },
});
