import { defineControl } from "../../model/control";
import { LOCAL_AUTH, settingControl } from "../../shared/azure-setting";

export const cosmosDbKeyBasedMetadataWriteDisabled = defineControl(
  settingControl({
    id: "azure-cosmosdb-key-based-metadata-write-disabled",
    service: "cosmosdb",
    noun: "Cosmos DB accounts",
    title: "Cosmos DB accounts do not let account keys change databases and containers",
    rationale:
      "With key-based metadata writes allowed, anyone holding an account key can create, delete or re-partition databases and containers; restricting them to Azure Resource Manager puts those changes under RBAC and the activity log.",
    resourceTypes: ["azure-native:cosmosdb:DatabaseAccount", "azure-native:documentdb:DatabaseAccount"],
    path: "disableKeyBasedMetadataWriteAccess",
    ok: (v) => v === true,
    unset: { passes: false, meaning: "false: account keys may change metadata" },
    want: "set it to true",
    good: [true],
    bad: [false],
    remediation: "Set disableKeyBasedMetadataWriteAccess: true and manage databases and containers through Pulumi (ARM).",
    tags: ["identity", "database"],
    policy: {
      armType: "Microsoft.DocumentDB/databaseAccounts",
      alias: "Microsoft.DocumentDB/databaseAccounts/disableKeyBasedMetadataWriteAccess",
    },
    nonCompliantWhen: { field: "Microsoft.DocumentDB/databaseAccounts/disableKeyBasedMetadataWriteAccess", notEquals: "true" },
    base: { resourceGroupName: "rg", databaseAccountOfferType: "Standard", locations: [{ locationName: "westeurope" }] },
    frameworks: { ...LOCAL_AUTH, "nist-800-53-r5": ["AC-3", "AC-6", "CM-6"] },
  }),
);
