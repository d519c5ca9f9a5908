/**
 * The Azure Policy aliases the Palisade definitions may use, each with the ARM JSON path it reads and where
 * the alias is known from. A definition naming an alias that is not here fails the well-formedness test:
 * add an alias only with a source (a built-in definition in github.com/Azure/azure-policy, under
 * built-in-policies/policyDefinitions/, or `az provider show --expand resourceTypes/aliases` output).
 *
 * Paths follow the ARM resource JSON: most aliases read `properties.<path>`; sub-resources inside arrays
 * (NSG rules, subnets, IP configurations) carry their own `properties`, and a few aliases are shorthands
 * (osDisk.uri is properties.storageProfile.osDisk.vhd.uri).
 */
import type { AliasTable } from "./policy-evaluator";

const BUILTIN = (file: string) => `built-in ${file} (github.com/Azure/azure-policy, built-in-policies/policyDefinitions)`;

const NSG_RULE_FIELDS = [
  "access",
  "direction",
  "protocol",
  "sourceAddressPrefix",
  "sourceAddressPrefixes[*]",
  "destinationPortRange",
  "destinationPortRanges[*]",
];

export const ALIASES: AliasTable = {
  // Storage
  "Microsoft.Storage/storageAccounts/supportsHttpsTrafficOnly": {
    path: "properties.supportsHttpsTrafficOnly",
    source: BUILTIN("Storage/Storage_AuditForHTTPSEnabled_Audit.json"),
  },
  "Microsoft.Storage/storageAccounts/minimumTlsVersion": {
    path: "properties.minimumTlsVersion",
    source: BUILTIN("Storage/StorageAccountMinimumTLSVersion_Audit.json"),
  },
  "Microsoft.Storage/storageAccounts/allowBlobPublicAccess": {
    path: "properties.allowBlobPublicAccess",
    source: BUILTIN("Storage/ASC_Storage_DisallowPublicBlobAccess_Audit.json"),
  },
  "Microsoft.Storage/storageAccounts/allowSharedKeyAccess": {
    path: "properties.allowSharedKeyAccess",
    source: BUILTIN("Storage/StorageAccountAllowSharedKeyAccess_Audit.json"),
  },
  "Microsoft.Storage/storageAccounts/publicNetworkAccess": {
    path: "properties.publicNetworkAccess",
    source: BUILTIN("Storage/StoragePublicNetworkAccess_AuditDeny.json"),
  },
  "Microsoft.Storage/storageAccounts/networkAcls.defaultAction": {
    path: "properties.networkAcls.defaultAction",
    source: BUILTIN("Storage/Storage_NetworkAcls_Audit.json"),
  },
  "Microsoft.Storage/storageAccounts/networkAcls.bypass": {
    path: "properties.networkAcls.bypass",
    source: BUILTIN("Storage/StorageAccess_TrustedMicrosoftServices_Audit.json"),
  },
  "Microsoft.Storage/storageAccounts/encryption.requireInfrastructureEncryption": {
    path: "properties.encryption.requireInfrastructureEncryption",
    source: BUILTIN("Storage/StorageAccountInfrastructureEncryptionEnabled_Audit.json"),
  },
  "Microsoft.Storage/storageAccounts/encryption.keySource": {
    path: "properties.encryption.keySource",
    source: BUILTIN("Storage/StorageAccountCustomerManagedKeyEnabled_Audit.json"),
  },
  "Microsoft.Storage/storageAccounts/allowCrossTenantReplication": {
    path: "properties.allowCrossTenantReplication",
    source: BUILTIN("Storage/StorageAccountAllowCrossTenantReplication_Audit.json"),
  },
  "Microsoft.Storage/storageAccounts/keyPolicy.keyExpirationPeriodInDays": {
    path: "properties.keyPolicy.keyExpirationPeriodInDays",
    source: BUILTIN("Storage/StorageAccountKeysExpired_Restrict.json"),
  },
  "Microsoft.Storage/storageAccounts/sasPolicy": {
    path: "properties.sasPolicy",
    source: BUILTIN("Storage/StorageAccountSasPolicy_Restrict.json"),
  },
  "Microsoft.Storage/storageAccounts/blobServices/deleteRetentionPolicy.enabled": {
    path: "properties.deleteRetentionPolicy.enabled",
    source: BUILTIN("Storage/StorageAccountEnableSoftDelete_DINE.json"),
  },
  "Microsoft.Storage/storageAccounts/blobServices/containerDeleteRetentionPolicy.enabled": {
    path: "properties.containerDeleteRetentionPolicy.enabled",
    source: BUILTIN("Storage/StorageAccountEnableSoftDelete_DINE.json"),
  },
  "Microsoft.Storage/storageAccounts/blobServices/isVersioningEnabled": {
    path: "properties.isVersioningEnabled",
    source: BUILTIN("Storage/StorageAccountEnableBlobVersion_Audit.json"),
  },
  // Key Vault
  "Microsoft.KeyVault/vaults/enablePurgeProtection": {
    path: "properties.enablePurgeProtection",
    source: BUILTIN("Key Vault/KeyVault_Recoverable_Audit.json"),
  },
  "Microsoft.KeyVault/vaults/enableSoftDelete": {
    path: "properties.enableSoftDelete",
    source: BUILTIN("Key Vault/KeyVault_Recoverable_Audit.json"),
  },
  "Microsoft.KeyVault/vaults/enableRbacAuthorization": {
    path: "properties.enableRbacAuthorization",
    source: BUILTIN("Key Vault/AzureKeyVault_Should_Use_RBAC.json"),
  },
  "Microsoft.KeyVault/vaults/networkAcls.defaultAction": {
    path: "properties.networkAcls.defaultAction",
    source: BUILTIN("Key Vault/AzureKeyVaultFirewallEnabled_Audit.json"),
  },
  "Microsoft.KeyVault/vaults/publicNetworkAccess": {
    path: "properties.publicNetworkAccess",
    source: BUILTIN("Key Vault/AzureKeyVaultPublicNetworkAccess_Audit.json"),
  },
  // Network
  ...Object.fromEntries(
    NSG_RULE_FIELDS.flatMap((f) => [
      [
        `Microsoft.Network/networkSecurityGroups/securityRules[*].${f}`,
        {
          path: `properties.securityRules[*].properties.${f}`,
          source:
            "az provider show --namespace Microsoft.Network (aliases of networkSecurityGroups); used by the deny-ports samples in Azure/Community-Policy",
        },
      ],
      [
        `Microsoft.Network/networkSecurityGroups/securityRules/${f}`,
        { path: `properties.${f}`, source: BUILTIN("Network/NetworkSecurityGroup_RDPAccess_Audit.json") },
      ],
    ]),
  ),
  "Microsoft.Network/networkSecurityGroups/securityRules[*]": {
    path: "properties.securityRules[*]",
    source: "az provider show --namespace Microsoft.Network (aliases of networkSecurityGroups)",
  },
  "Microsoft.Network/networkInterfaces/ipconfigurations[*].publicIpAddress.id": {
    path: "properties.ipConfigurations[*].properties.publicIPAddress.id",
    source: BUILTIN("Network/NetworkPublicIPNic_Deny.json"),
  },
  "Microsoft.Network/virtualNetworks/subnets[*]": {
    path: "properties.subnets[*]",
    source: "az provider show --namespace Microsoft.Network (aliases of virtualNetworks)",
  },
  "Microsoft.Network/virtualNetworks/subnets[*].name": {
    path: "properties.subnets[*].name",
    source: "az provider show --namespace Microsoft.Network (aliases of virtualNetworks)",
  },
  "Microsoft.Network/virtualNetworks/subnets[*].networkSecurityGroup.id": {
    path: "properties.subnets[*].properties.networkSecurityGroup.id",
    source: "az provider show --namespace Microsoft.Network (aliases of virtualNetworks); ALZ policy Deny-Subnet-Without-Nsg",
  },
  "Microsoft.Network/virtualNetworks/subnets/networkSecurityGroup.id": {
    path: "properties.networkSecurityGroup.id",
    source: BUILTIN("Network/NetworkSecurityGroupOnGatewaySubnet_Deny.json"),
  },
  "Microsoft.Network/networkWatchers/flowLogs/retentionPolicy.enabled": {
    path: "properties.retentionPolicy.enabled",
    source: "az provider show --namespace Microsoft.Network (aliases of networkWatchers/flowLogs)",
  },
  "Microsoft.Network/networkWatchers/flowLogs/retentionPolicy.days": {
    path: "properties.retentionPolicy.days",
    source: "az provider show --namespace Microsoft.Network (aliases of networkWatchers/flowLogs)",
  },
  // SQL
  "Microsoft.Sql/servers/publicNetworkAccess": {
    path: "properties.publicNetworkAccess",
    source: BUILTIN("SQL/SqlServer_PublicNetworkAccess_Audit.json"),
  },
  "Microsoft.Sql/servers/minimalTlsVersion": {
    path: "properties.minimalTlsVersion",
    source: BUILTIN("SQL/SqlServer_MiniumTLSVersion_Audit.json"),
  },
  "Microsoft.Sql/servers/administrators.azureADOnlyAuthentication": {
    path: "properties.administrators.azureADOnlyAuthentication",
    source: BUILTIN("SQL/SqlServer_ADOnlyEnabled_Deny.json"),
  },
  "Microsoft.Sql/servers/azureADOnlyAuthentications/azureADOnlyAuthentication": {
    path: "properties.azureADOnlyAuthentication",
    source: BUILTIN("SQL/SqlServer_ADOnlyEnabled_DisableADAuth_Deny.json"),
  },
  "Microsoft.Sql/servers/firewallRules/startIpAddress": {
    path: "properties.startIpAddress",
    source: "az provider show --namespace Microsoft.Sql (aliases of servers/firewallRules)",
  },
  "Microsoft.Sql/servers/firewallRules/endIpAddress": {
    path: "properties.endIpAddress",
    source: "az provider show --namespace Microsoft.Sql (aliases of servers/firewallRules)",
  },
  // Cosmos DB
  "Microsoft.DocumentDB/databaseAccounts/publicNetworkAccess": {
    path: "properties.publicNetworkAccess",
    source: BUILTIN("Cosmos DB/Cosmos_PrivateNetworkAccess_AuditDeny.json"),
  },
  "Microsoft.DocumentDB/databaseAccounts/disableLocalAuth": {
    path: "properties.disableLocalAuth",
    source: BUILTIN("Cosmos DB/Cosmos_DisableLocalAuth_AuditDeny.json"),
  },
  "Microsoft.DocumentDB/databaseAccounts/isVirtualNetworkFilterEnabled": {
    path: "properties.isVirtualNetworkFilterEnabled",
    source: BUILTIN("Cosmos DB/Cosmos_NetworkRulesExist_Audit.json"),
  },
  "Microsoft.DocumentDB/databaseAccounts/ipRules[*]": {
    path: "properties.ipRules[*]",
    source: BUILTIN("Cosmos DB/Cosmos_NetworkRulesExist_Audit.json"),
  },
  "Microsoft.DocumentDB/databaseAccounts/ipRules[*].ipAddressOrRange": {
    path: "properties.ipRules[*].ipAddressOrRange",
    source: BUILTIN("Cosmos DB/Cosmos_NetworkRulesNoAzureDatacenterAccess_Audit.json"),
  },
  "Microsoft.DocumentDB/databaseAccounts/ipRangeFilter": {
    path: "properties.ipRangeFilter",
    source: BUILTIN("Cosmos DB/Cosmos_NetworkRulesExist_Audit.json"),
  },
  "Microsoft.DocumentDB/databaseAccounts/ipRules": {
    path: "properties.ipRules",
    source: BUILTIN("Cosmos DB/Cosmos_NetworkRulesExist_Audit.json"),
  },
  // Compute
  "Microsoft.Compute/virtualMachines/securityProfile.encryptionAtHost": {
    path: "properties.securityProfile.encryptionAtHost",
    source: BUILTIN("Compute/HostBasedEncryptionRequired_Deny.json"),
  },
  "Microsoft.Compute/virtualMachineScaleSets/virtualMachineProfile.securityProfile.encryptionAtHost": {
    path: "properties.virtualMachineProfile.securityProfile.encryptionAtHost",
    source: BUILTIN("Compute/HostBasedEncryptionRequired_Deny.json"),
  },
  "Microsoft.Compute/virtualMachines/osDisk.uri": {
    path: "properties.storageProfile.osDisk.vhd.uri",
    source: BUILTIN("Compute/VMRequireManagedDisk_Audit.json"),
  },
  "Microsoft.Compute/disks/networkAccessPolicy": {
    path: "properties.networkAccessPolicy",
    source: BUILTIN("Compute/Disks_ExportLimitNetworkAccess_Audit.json"),
  },
  // AKS
  "Microsoft.ContainerService/managedClusters/apiServerAccessProfile.enablePrivateCluster": {
    path: "properties.apiServerAccessProfile.enablePrivateCluster",
    source: BUILTIN("Kubernetes/AKS_PrivateCluster_Deny.json"),
  },
  "Microsoft.ContainerService/managedClusters/aadProfile": {
    path: "properties.aadProfile",
    source: BUILTIN("Kubernetes/AKS_AAD_Integration_Audit.json"),
  },
  "Microsoft.ContainerService/managedClusters/disableLocalAccounts": {
    path: "properties.disableLocalAccounts",
    source: BUILTIN("Kubernetes/AKS_DisableLocalAccounts_Deny.json"),
  },
  "Microsoft.ContainerService/managedClusters/addonProfiles.azurepolicy.enabled": {
    path: "properties.addonProfiles.azurepolicy.enabled",
    source: BUILTIN("Kubernetes/AKS_AzurePolicyAddOn_Audit.json (spelled addonProfiles.azurePolicy.enabled; aliases are case-insensitive)"),
  },
  // App Service
  "Microsoft.Web/sites/httpsOnly": { path: "properties.httpsOnly", source: BUILTIN("App Service/AppServiceWebapp_AuditHTTP_Audit.json") },
  "Microsoft.Web/sites/slots/httpsOnly": {
    path: "properties.httpsOnly",
    source: BUILTIN("App Service/AppServiceWebapp_AuditHTTP_Audit.json"),
  },
  "Microsoft.Web/sites/siteConfig.minTlsVersion": {
    path: "properties.siteConfig.minTlsVersion",
    source:
      "az provider show --namespace Microsoft.Web --expand resourceTypes/aliases (lists Microsoft.Web/sites/siteConfig.minTlsVersion)",
  },
  "Microsoft.Web/sites/config/minTlsVersion": {
    path: "properties.minTlsVersion",
    source: "az provider show --namespace Microsoft.Web --expand resourceTypes/aliases",
  },
  "Microsoft.Web/sites/config/ftpsState": {
    path: "properties.ftpsState",
    source: BUILTIN("App Service/AppService_AuditFTPS_WebApp_Audit.json"),
  },
  // Defender for Cloud, authorization
  "Microsoft.Security/pricings/pricingTier": {
    path: "properties.pricingTier",
    source: "Defender for Cloud built-in DeployIfNotExists definitions (existenceCondition on Microsoft.Security/pricings/pricingTier)",
  },
  "Microsoft.Authorization/roleAssignments/roleDefinitionId": {
    path: "properties.roleDefinitionId",
    source: "az provider show --namespace Microsoft.Authorization (aliases of roleAssignments)",
  },
  "Microsoft.Authorization/roleAssignments/principalType": {
    path: "properties.principalType",
    source: "az provider show --namespace Microsoft.Authorization (aliases of roleAssignments)",
  },
  "Microsoft.Authorization/roleDefinitions/type": {
    path: "properties.type",
    source: BUILTIN("General/CustomSubscription_OwnerRole_Audit.json"),
  },
  "Microsoft.Authorization/roleDefinitions/permissions[*].actions[*]": {
    path: "properties.permissions[*].actions[*]",
    source: BUILTIN("General/CustomSubscription_OwnerRole_Audit.json"),
  },
  "Microsoft.Authorization/roleDefinitions/assignableScopes[*]": {
    path: "properties.assignableScopes[*]",
    source: BUILTIN("General/CustomSubscription_OwnerRole_Audit.json"),
  },
};

/** Resource types Azure Policy evaluates in Indexed mode (they support tags and location); others need mode All. */
export const INDEXED_TYPES = new Set(
  [
    "Microsoft.Storage/storageAccounts",
    "Microsoft.KeyVault/vaults",
    "Microsoft.Network/networkSecurityGroups",
    "Microsoft.Network/virtualNetworks",
    "Microsoft.Network/networkInterfaces",
    "Microsoft.Sql/servers",
    "Microsoft.DocumentDB/databaseAccounts",
    "Microsoft.Compute/virtualMachines",
    "Microsoft.Compute/virtualMachineScaleSets",
    "Microsoft.Compute/disks",
    "Microsoft.ContainerService/managedClusters",
    "Microsoft.Web/sites",
    "Microsoft.Web/sites/slots",
  ].map((t) => t.toLowerCase()),
);
