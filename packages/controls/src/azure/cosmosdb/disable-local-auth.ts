import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { COSMOS_ACCOUNT_TYPES } from "../../shared/azure";
import { azurePolicy } from "../../shared/azure-policy";

export const cosmosDisableLocalAuth = defineControl({
  id: "azure-cosmosdb-disable-local-auth",
  title: "Cosmos DB accounts accept Microsoft Entra ID authentication only",
  rationale:
    "Account keys give full data-plane access, never expire and are shared by every client; Entra ID with Cosmos DB RBAC gives per-identity, auditable, revocable access.",
  severity: "high",
  cloud: "azure",
  service: "cosmosdb",
  resourceTypes: [...COSMOS_ACCOUNT_TYPES],
  frameworks: {
    "cis-azure-3.0": ["5.4.3"],
    "nist-800-53-r5": ["IA-2", "AC-3", "IA-5"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.5.17", "A.8.5"],
    "pci-dss-4.0": ["8.3.2", "8.6.3"],
    hipaa: ["164.312(d)"],
  },
  remediation:
    "Set disableLocalAuth: true and grant Cosmos DB SQL role assignments (sqlRoleAssignments) to the identities that need access.",
  enforcementLevel: "mandatory",
  tags: ["identity", "database"],
  check: (r) =>
    r.props.disableLocalAuth === true
      ? pass()
      : fail(
          "disableLocalAuth",
          `disableLocalAuth is ${JSON.stringify(r.props.disableLocalAuth ?? "unset (false)")}; set it to true and use Entra ID`,
        ),
  preventive: [
    azurePolicy({
      name: "palisade-cosmosdb-disable-local-auth",
      displayName: "Cosmos DB accounts must disable local (key) authentication",
      description: "Denies Cosmos DB accounts that accept account keys (Palisade control azure-cosmosdb-disable-local-auth).",
      nonCompliantWhen: {
        allOf: [
          { field: "type", equals: "Microsoft.DocumentDB/databaseAccounts" },
          { field: "Microsoft.DocumentDB/databaseAccounts/disableLocalAuth", notEquals: "true" },
        ],
      },
    }),
  ],
  examples: {
    compliant: [[{ type: "azure-native:cosmosdb:DatabaseAccount", props: { disableLocalAuth: true } }]],
    nonCompliant: [[{ type: "azure-native:cosmosdb:DatabaseAccount", props: {} }]],
  },
});
