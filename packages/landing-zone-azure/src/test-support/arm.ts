/**
 * azure-native resource inputs → the ARM request body Azure Policy evaluates ({ type, name, location,
 * tags, kind, sku, identity, properties }), for the resource types the Palisade preventive forms cover.
 * azure-native flattens `properties` into the resource's inputs and renames a few of them; this undoes that.
 */

// biome-ignore lint/suspicious/noExplicitAny: provider-shaped JSON
type Json = Record<string, any>;

interface Mapping {
  armType: string;
  /** Inputs that stay at the top level of the ARM body. */
  top?: string[];
  /** Inputs that name the resource (and are dropped from properties). */
  name?: string[];
  /** Inputs that address the parent or the resource group (dropped). */
  drop?: string[];
  /** azure-native input name → ARM property name. */
  rename?: Record<string, string>;
  /** Array inputs whose elements are sub-resources ({ name, properties }). */
  subResources?: string[];
  /** The inputs already hold the ARM `properties` object. */
  nestedProperties?: boolean;
  /** Extra fixed properties. */
  fixed?: Json;
}

const COMMON_TOP = ["location", "tags", "kind", "sku", "identity", "zones", "extendedLocation"];

const MAPPINGS: Record<string, Mapping> = {
  "azure-native:storage:StorageAccount": {
    armType: "Microsoft.Storage/storageAccounts",
    name: ["accountName"],
    drop: ["resourceGroupName"],
    rename: { enableHttpsTrafficOnly: "supportsHttpsTrafficOnly", networkRuleSet: "networkAcls" },
  },
  "azure-native:storage:BlobServiceProperties": {
    armType: "Microsoft.Storage/storageAccounts/blobServices",
    name: ["blobServicesName"],
    drop: ["accountName", "resourceGroupName"],
  },
  "azure-native:keyvault:Vault": {
    armType: "Microsoft.KeyVault/vaults",
    name: ["vaultName"],
    drop: ["resourceGroupName"],
    nestedProperties: true,
  },
  "azure-native:network:NetworkSecurityGroup": {
    armType: "Microsoft.Network/networkSecurityGroups",
    name: ["networkSecurityGroupName"],
    drop: ["resourceGroupName"],
    subResources: ["securityRules"],
  },
  "azure-native:network:SecurityRule": {
    armType: "Microsoft.Network/networkSecurityGroups/securityRules",
    name: ["securityRuleName", "name"],
    drop: ["networkSecurityGroupName", "resourceGroupName"],
  },
  "azure-native:network:VirtualNetwork": {
    armType: "Microsoft.Network/virtualNetworks",
    name: ["virtualNetworkName"],
    drop: ["resourceGroupName"],
    subResources: ["subnets"],
  },
  "azure-native:network:Subnet": {
    armType: "Microsoft.Network/virtualNetworks/subnets",
    name: ["subnetName"],
    drop: ["virtualNetworkName", "resourceGroupName"],
  },
  "azure-native:network:NetworkInterface": {
    armType: "Microsoft.Network/networkInterfaces",
    name: ["networkInterfaceName"],
    drop: ["resourceGroupName"],
    subResources: ["ipConfigurations"],
  },
  "azure-native:network:FlowLog": {
    armType: "Microsoft.Network/networkWatchers/flowLogs",
    name: ["flowLogName"],
    drop: ["networkWatcherName", "resourceGroupName"],
  },
  "azure-native:sql:Server": { armType: "Microsoft.Sql/servers", name: ["serverName"], drop: ["resourceGroupName"] },
  "azure-native:sql:ServerAzureADOnlyAuthentication": {
    armType: "Microsoft.Sql/servers/azureADOnlyAuthentications",
    name: ["authenticationName"],
    drop: ["serverName", "resourceGroupName"],
  },
  "azure-native:sql:FirewallRule": {
    armType: "Microsoft.Sql/servers/firewallRules",
    name: ["firewallRuleName", "name"],
    drop: ["serverName", "resourceGroupName"],
  },
  "azure-native:cosmosdb:DatabaseAccount": {
    armType: "Microsoft.DocumentDB/databaseAccounts",
    name: ["accountName"],
    drop: ["resourceGroupName"],
  },
  "azure-native:documentdb:DatabaseAccount": {
    armType: "Microsoft.DocumentDB/databaseAccounts",
    name: ["accountName"],
    drop: ["resourceGroupName"],
  },
  "azure-native:compute:VirtualMachine": { armType: "Microsoft.Compute/virtualMachines", name: ["vmName"], drop: ["resourceGroupName"] },
  "azure-native:compute:VirtualMachineScaleSet": {
    armType: "Microsoft.Compute/virtualMachineScaleSets",
    name: ["vmScaleSetName"],
    drop: ["resourceGroupName"],
  },
  "azure-native:compute:Disk": { armType: "Microsoft.Compute/disks", name: ["diskName"], drop: ["resourceGroupName"] },
  "azure-native:containerservice:ManagedCluster": {
    armType: "Microsoft.ContainerService/managedClusters",
    name: ["resourceName"],
    drop: ["resourceGroupName"],
  },
  "azure-native:web:WebApp": { armType: "Microsoft.Web/sites", name: ["name"], drop: ["resourceGroupName"] },
  "azure-native:web:WebAppSlot": { armType: "Microsoft.Web/sites/slots", name: ["slot"], drop: ["name", "resourceGroupName"] },
  "azure-native:security:Pricing": { armType: "Microsoft.Security/pricings", name: ["pricingName"], drop: ["scopeId"] },
  "azure-native:authorization:RoleAssignment": {
    armType: "Microsoft.Authorization/roleAssignments",
    name: ["roleAssignmentName"],
    drop: ["scope"],
  },
  "azure-native:authorization:RoleDefinition": {
    armType: "Microsoft.Authorization/roleDefinitions",
    name: ["roleDefinitionId"],
    drop: ["scope"],
    fixed: { type: "CustomRole" },
  },
  "azure-native:eventhub:Namespace": { armType: "Microsoft.EventHub/namespaces", name: ["namespaceName"], drop: ["resourceGroupName"] },
  "azure-native:servicebus:Namespace": { armType: "Microsoft.ServiceBus/namespaces", name: ["namespaceName"], drop: ["resourceGroupName"] },
  "azure-native:containerregistry:Registry": {
    armType: "Microsoft.ContainerRegistry/registries",
    name: ["registryName"],
    drop: ["resourceGroupName"],
  },
  "azure-native:redis:Redis": { armType: "Microsoft.Cache/Redis", name: ["name"], drop: ["resourceGroupName"] },
  "azure-native:cache:Redis": { armType: "Microsoft.Cache/Redis", name: ["name"], drop: ["resourceGroupName"] },
  "azure-native:redis:FirewallRule": {
    armType: "Microsoft.Cache/Redis/firewallRules",
    name: ["ruleName"],
    drop: ["cacheName", "resourceGroupName"],
  },
  "azure-native:appconfiguration:ConfigurationStore": {
    armType: "Microsoft.AppConfiguration/configurationStores",
    name: ["configStoreName"],
    drop: ["resourceGroupName"],
  },
  "azure-native:cognitiveservices:Account": {
    armType: "Microsoft.CognitiveServices/accounts",
    name: ["accountName"],
    drop: ["resourceGroupName"],
    nestedProperties: true,
  },
  "azure-native:search:Service": { armType: "Microsoft.Search/searchServices", name: ["searchServiceName"], drop: ["resourceGroupName"] },
  "azure-native:datafactory:Factory": { armType: "Microsoft.DataFactory/factories", name: ["factoryName"], drop: ["resourceGroupName"] },
  "azure-native:synapse:Workspace": { armType: "Microsoft.Synapse/workspaces", name: ["workspaceName"], drop: ["resourceGroupName"] },
  "azure-native:machinelearningservices:Workspace": {
    armType: "Microsoft.MachineLearningServices/workspaces",
    name: ["workspaceName"],
    drop: ["resourceGroupName"],
  },
  "azure-native:resources:ResourceGroup": { armType: "Microsoft.Resources/subscriptions/resourceGroups", name: ["resourceGroupName"] },
};

/** The ARM type of an azure-native token, when the converter knows it. */
export function armTypeOf(token: string): string | undefined {
  return MAPPINGS[token]?.armType;
}

function subResource(element: unknown): unknown {
  if (element === null || typeof element !== "object" || Array.isArray(element)) return element;
  const { name, id, ...properties } = element as Json;
  return { ...(name !== undefined ? { name } : {}), ...(id !== undefined ? { id } : {}), properties };
}

/** Converts azure-native inputs to the ARM body a PUT would carry. Throws for tokens it does not know. */
export function toArm(token: string, props: Json, name = "example"): Json {
  const m = MAPPINGS[token];
  if (!m) throw new Error(`no ARM mapping for ${token}`);
  const body: Json = { type: m.armType, name };
  const properties: Json = {};
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined) continue;
    if (m.name?.includes(key)) {
      if (typeof value === "string") body.name = value;
      continue;
    }
    if (m.drop?.includes(key)) continue;
    if ((m.top ?? COMMON_TOP).includes(key)) {
      body[key] = value;
      continue;
    }
    if (m.nestedProperties && key === "properties") {
      Object.assign(properties, value);
      continue;
    }
    const armKey = m.rename?.[key] ?? key;
    properties[armKey] = m.subResources?.includes(key) && Array.isArray(value) ? value.map(subResource) : value;
  }
  Object.assign(properties, m.fixed ?? {});
  body.properties = properties;
  // Role assignments are decided by scope, which ARM carries in the resource id.
  if (token === "azure-native:authorization:RoleAssignment" && typeof props.scope === "string") {
    body.id = `${props.scope.replace(/\/$/, "")}/providers/Microsoft.Authorization/roleAssignments/${name}`;
  }
  return body;
}
