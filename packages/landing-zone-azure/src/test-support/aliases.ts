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

/** A built-in definition cited by its display name, where the file name was not at hand. */
const BUILTIN_NAMED = (displayName: string) => `built-in "${displayName}" (github.com/Azure/azure-policy)`;

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
  // Issue 14: data services, the allow-all firewall family, compute and AKS hardening
  "Microsoft.EventHub/namespaces/publicNetworkAccess": {
    path: "properties.publicNetworkAccess",
    source: BUILTIN_NAMED("Event Hub Namespaces should disable public network access"),
  },
  "Microsoft.EventHub/namespaces/disableLocalAuth": {
    path: "properties.disableLocalAuth",
    source: BUILTIN_NAMED("Azure Event Hub namespaces should have local authentication methods disabled"),
  },
  "Microsoft.EventHub/namespaces/minimumTlsVersion": {
    path: "properties.minimumTlsVersion",
    source: "az provider show --namespace Microsoft.EventHub --expand resourceTypes/aliases",
  },
  "Microsoft.ServiceBus/namespaces/publicNetworkAccess": {
    path: "properties.publicNetworkAccess",
    source: BUILTIN_NAMED("Service Bus Namespaces should disable public network access"),
  },
  "Microsoft.ServiceBus/namespaces/disableLocalAuth": {
    path: "properties.disableLocalAuth",
    source: BUILTIN_NAMED("Azure Service Bus namespaces should have local authentication methods disabled"),
  },
  "Microsoft.ServiceBus/namespaces/minimumTlsVersion": {
    path: "properties.minimumTlsVersion",
    source: "az provider show --namespace Microsoft.ServiceBus --expand resourceTypes/aliases",
  },
  "Microsoft.ContainerRegistry/registries/publicNetworkAccess": {
    path: "properties.publicNetworkAccess",
    source: BUILTIN_NAMED("Public network access should be disabled for Container registries"),
  },
  "Microsoft.ContainerRegistry/registries/adminUserEnabled": {
    path: "properties.adminUserEnabled",
    source: BUILTIN_NAMED("Container registries should have local admin account disabled."),
  },
  "Microsoft.ContainerRegistry/registries/anonymousPullEnabled": {
    path: "properties.anonymousPullEnabled",
    source: BUILTIN_NAMED("Container registries should have anonymous authentication disabled."),
  },
  "Microsoft.Cache/Redis/publicNetworkAccess": {
    path: "properties.publicNetworkAccess",
    source: BUILTIN_NAMED("Azure Cache for Redis should disable public network access"),
  },
  "Microsoft.Cache/Redis/disableAccessKeyAuthentication": {
    path: "properties.disableAccessKeyAuthentication",
    source: BUILTIN_NAMED("Azure Cache for Redis should not use access keys for authentication"),
  },
  "Microsoft.Cache/Redis/enableNonSslPort": {
    path: "properties.enableNonSslPort",
    source: BUILTIN_NAMED("Only secure connections to your Azure Cache for Redis should be enabled"),
  },
  "Microsoft.Cache/Redis/minimumTlsVersion": {
    path: "properties.minimumTlsVersion",
    source: "az provider show --namespace Microsoft.Cache --expand resourceTypes/aliases",
  },
  "Microsoft.Cache/Redis/firewallRules/startIP": {
    path: "properties.startIP",
    source: "az provider show --namespace Microsoft.Cache --expand resourceTypes/aliases (Redis/firewallrules startIP, endIP)",
  },
  "Microsoft.Cache/Redis/firewallRules/endIP": {
    path: "properties.endIP",
    source: "az provider show --namespace Microsoft.Cache --expand resourceTypes/aliases (Redis/firewallrules startIP, endIP)",
  },
  "Microsoft.AppConfiguration/configurationStores/publicNetworkAccess": {
    path: "properties.publicNetworkAccess",
    source: BUILTIN_NAMED("App Configuration should disable public network access"),
  },
  "Microsoft.AppConfiguration/configurationStores/disableLocalAuth": {
    path: "properties.disableLocalAuth",
    source: BUILTIN_NAMED("App Configuration stores should have local authentication methods disabled"),
  },
  "Microsoft.CognitiveServices/accounts/publicNetworkAccess": {
    path: "properties.publicNetworkAccess",
    source: BUILTIN_NAMED("Cognitive Services accounts should disable public network access"),
  },
  "Microsoft.CognitiveServices/accounts/disableLocalAuth": {
    path: "properties.disableLocalAuth",
    source: BUILTIN_NAMED("Cognitive Services accounts should have local authentication methods disabled"),
  },
  "Microsoft.Search/searchServices/publicNetworkAccess": {
    path: "properties.publicNetworkAccess",
    source: BUILTIN_NAMED("Azure AI Search services should disable public network access"),
  },
  "Microsoft.Search/searchServices/disableLocalAuth": {
    path: "properties.disableLocalAuth",
    source: BUILTIN_NAMED("Azure AI Search services should have local authentication methods disabled"),
  },
  "Microsoft.DataFactory/factories/publicNetworkAccess": {
    path: "properties.publicNetworkAccess",
    source: BUILTIN_NAMED("Public network access on Azure Data Factory should be disabled"),
  },
  "Microsoft.Synapse/workspaces/publicNetworkAccess": {
    path: "properties.publicNetworkAccess",
    source: BUILTIN_NAMED("Azure Synapse workspaces should disable public network access"),
  },
  "Microsoft.Synapse/workspaces/azureADOnlyAuthentication": {
    path: "properties.azureADOnlyAuthentication",
    source: BUILTIN_NAMED("Synapse Workspaces should use only Microsoft Entra identities for authentication"),
  },
  "Microsoft.MachineLearningServices/workspaces/publicNetworkAccess": {
    path: "properties.publicNetworkAccess",
    source: BUILTIN_NAMED("Azure Machine Learning Workspaces should disable public network access"),
  },
  "Microsoft.Web/sites/publicNetworkAccess": {
    path: "properties.publicNetworkAccess",
    source: BUILTIN_NAMED("App Service apps should disable public network access"),
  },
  "Microsoft.DocumentDB/databaseAccounts/disableKeyBasedMetadataWriteAccess": {
    path: "properties.disableKeyBasedMetadataWriteAccess",
    source: BUILTIN_NAMED("Azure Cosmos DB key based metadata write access should be disabled"),
  },
  "Microsoft.Storage/storageAccounts/isSftpEnabled": {
    path: "properties.isSftpEnabled",
    source: "az provider show --namespace Microsoft.Storage --expand resourceTypes/aliases",
  },
  "Microsoft.Compute/virtualMachines/osProfile.linuxConfiguration": {
    path: "properties.osProfile.linuxConfiguration",
    source: "az provider show --namespace Microsoft.Compute --expand resourceTypes/aliases",
  },
  "Microsoft.Compute/virtualMachines/osProfile.linuxConfiguration.disablePasswordAuthentication": {
    path: "properties.osProfile.linuxConfiguration.disablePasswordAuthentication",
    source: "az provider show --namespace Microsoft.Compute --expand resourceTypes/aliases",
  },
  "Microsoft.Compute/virtualMachines/osProfile.windowsConfiguration.enableAutomaticUpdates": {
    path: "properties.osProfile.windowsConfiguration.enableAutomaticUpdates",
    source: "az provider show --namespace Microsoft.Compute --expand resourceTypes/aliases",
  },
  "Microsoft.ContainerService/managedClusters/autoUpgradeProfile.upgradeChannel": {
    path: "properties.autoUpgradeProfile.upgradeChannel",
    source: "az provider show --namespace Microsoft.ContainerService --expand resourceTypes/aliases",
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
    "Microsoft.EventHub/namespaces",
    "Microsoft.ServiceBus/namespaces",
    "Microsoft.ContainerRegistry/registries",
    "Microsoft.Cache/Redis",
    "Microsoft.AppConfiguration/configurationStores",
    "Microsoft.CognitiveServices/accounts",
    "Microsoft.Search/searchServices",
    "Microsoft.DataFactory/factories",
    "Microsoft.Synapse/workspaces",
    "Microsoft.MachineLearningServices/workspaces",
  ].map((t) => t.toLowerCase()),
);
