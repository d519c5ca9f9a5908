/**
 * The azure-native resource types the governance controls (required tags, allowed locations) look at:
 * the tracked resources teams and the landing zone create most. Legacy tokens of the same resources are
 * included where azure-native renamed a module.
 */
export const TRACKED_RESOURCE_TYPES = [
  "azure-native:resources:ResourceGroup",
  "azure-native:storage:StorageAccount",
  "azure-native:keyvault:Vault",
  "azure-native:network:VirtualNetwork",
  "azure-native:network:NetworkSecurityGroup",
  "azure-native:network:NetworkInterface",
  "azure-native:network:PublicIPAddress",
  "azure-native:network:RouteTable",
  "azure-native:network:PrivateEndpoint",
  "azure-native:network:AzureFirewall",
  "azure-native:network:FirewallPolicy",
  "azure-native:network:ApplicationGateway",
  "azure-native:network:BastionHost",
  "azure-native:network:VirtualNetworkGateway",
  "azure-native:network:NetworkWatcher",
  "azure-native:network:FlowLog",
  "azure-native:privatedns:PrivateZone",
  "azure-native:compute:VirtualMachine",
  "azure-native:compute:VirtualMachineScaleSet",
  "azure-native:compute:Disk",
  "azure-native:containerservice:ManagedCluster",
  "azure-native:web:AppServicePlan",
  "azure-native:web:WebApp",
  "azure-native:sql:Server",
  "azure-native:sql:Database",
  "azure-native:dbforpostgresql:Server",
  "azure-native:dbformysql:Server",
  "azure-native:cosmosdb:DatabaseAccount",
  "azure-native:documentdb:DatabaseAccount",
  "azure-native:operationalinsights:Workspace",
  "azure-native:databricks:Workspace",
] as const;
