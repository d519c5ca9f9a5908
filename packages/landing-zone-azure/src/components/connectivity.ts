import { DiagnosticSetting } from "@pulumi/azure-native/monitor/diagnosticSetting";
import { AzureFirewall } from "@pulumi/azure-native/network/azureFirewall";
import { FirewallPolicy } from "@pulumi/azure-native/network/firewallPolicy";
import { FlowLog } from "@pulumi/azure-native/network/flowLog";
import { NetworkSecurityGroup } from "@pulumi/azure-native/network/networkSecurityGroup";
import { NetworkWatcher } from "@pulumi/azure-native/network/networkWatcher";
import { PrivateDnsZoneGroup } from "@pulumi/azure-native/network/privateDnsZoneGroup";
import { PrivateEndpoint } from "@pulumi/azure-native/network/privateEndpoint";
import { PublicIPAddress } from "@pulumi/azure-native/network/publicIPAddress";
import { RouteTable } from "@pulumi/azure-native/network/routeTable";
import { VirtualNetwork } from "@pulumi/azure-native/network/virtualNetwork";
import { VirtualNetworkPeering } from "@pulumi/azure-native/network/virtualNetworkPeering";
import type { Workspace } from "@pulumi/azure-native/operationalinsights/workspace";
import { PrivateZone } from "@pulumi/azure-native/privatedns/privateZone";
import { VirtualNetworkLink } from "@pulumi/azure-native/privatedns/virtualNetworkLink";
import type { Provider } from "@pulumi/azure-native/provider";
import { ResourceGroup } from "@pulumi/azure-native/resources/resourceGroup";
import { BlobServiceProperties } from "@pulumi/azure-native/storage/blobServiceProperties";
import { StorageAccount } from "@pulumi/azure-native/storage/storageAccount";
import * as pulumi from "@pulumi/pulumi";
import type { LandingZoneConfig } from "../config";
import { hubSubnets, nextHopIp, storageAccountName, subscriptionIn, tagsOf } from "../conventions";

/** Network Watcher's resource group and name, as Azure itself creates them (so an auto-created one can be imported). */
export const NETWORK_WATCHER_RG = "NetworkWatcherRG";
export const networkWatcherName = (location: string) => `NetworkWatcher_${location}`;

/** Explicit "no inbound from the internet" at the lowest priority, in front of Azure's default rules. */
const DENY_INTERNET_INBOUND = {
  name: "deny-internet-inbound",
  priority: 4096,
  direction: "Inbound",
  access: "Deny",
  protocol: "*",
  sourceAddressPrefix: "Internet",
  sourcePortRange: "*",
  destinationAddressPrefix: "*",
  destinationPortRange: "*",
};

/**
 * Hub and spoke: the hub virtual network with Azure Firewall (or an appliance as next hop), private DNS
 * zones for Private Link linked to every network, spokes peered to the hub with a route table sending
 * 0.0.0.0/0 to the firewall, an NSG on every subnet that takes one, and VNet flow logs with Traffic
 * Analytics for every network.
 */
export class Connectivity extends pulumi.ComponentResource {
  readonly resourceGroup: ResourceGroup;
  readonly hub: VirtualNetwork;
  readonly hubName: string;
  readonly endpointsSubnetId: pulumi.Output<string>;
  readonly privateDnsZones: Record<string, PrivateZone> = {};
  readonly firewall?: AzureFirewall;
  readonly nextHopIp: string;
  readonly spokes: Record<string, VirtualNetwork> = {};
  readonly flowLogStorage: StorageAccount;

  constructor(
    name: string,
    args: { config: LandingZoneConfig; providers: Record<string, Provider>; workspace: Workspace },
    opts?: pulumi.ComponentResourceOptions,
  ) {
    super("palisade:azure:Connectivity", name, {}, opts);
    const { config, providers, workspace } = args;
    const tags = tagsOf(config);
    const location = config.defaultLocation;
    const conn = subscriptionIn(config, "connectivity");
    const inConn = { parent: this, provider: providers[conn.name] };
    const subnets = hubSubnets(config);
    const nva = config.network.egress.type === "nva";
    this.nextHopIp = nextHopIp(config);

    this.resourceGroup = new ResourceGroup(
      "connectivity-rg",
      { resourceGroupName: `${config.prefix}-connectivity`, location, tags },
      inConn,
    );
    const rgName = this.resourceGroup.name;
    const diagnostics = (resourceName: string, resource: pulumi.CustomResource & { id: pulumi.Output<string> }, provider: Provider) =>
      new DiagnosticSetting(
        `diag-${resourceName}`,
        {
          name: `${config.prefix}-to-law`,
          resourceUri: resource.id,
          workspaceId: workspace.id,
          logs: [{ categoryGroup: "allLogs", enabled: true }],
        },
        { parent: this, provider },
      );

    // NSGs of the hub subnets that take one (Azure forbids them on the firewall and gateway subnets).
    const endpointsNsg = new NetworkSecurityGroup(
      "hub-endpoints-nsg",
      {
        networkSecurityGroupName: `${config.prefix}-hub-endpoints-nsg`,
        resourceGroupName: rgName,
        location,
        securityRules: [DENY_INTERNET_INBOUND],
        tags,
      },
      inConn,
    );
    diagnostics("hub-endpoints-nsg", endpointsNsg, providers[conn.name]);
    const nvaNsg = nva
      ? new NetworkSecurityGroup(
          "hub-nva-nsg",
          {
            networkSecurityGroupName: `${config.prefix}-hub-nva-nsg`,
            resourceGroupName: rgName,
            location,
            securityRules: [DENY_INTERNET_INBOUND],
            tags,
          },
          inConn,
        )
      : undefined;
    if (nvaNsg) diagnostics("hub-nva-nsg", nvaNsg, providers[conn.name]);

    this.hubName = `${config.prefix}-hub-vnet`;
    this.hub = new VirtualNetwork(
      "hub-vnet",
      {
        virtualNetworkName: this.hubName,
        resourceGroupName: rgName,
        location,
        addressSpace: { addressPrefixes: [config.network.hubAddressSpace] },
        subnets: [
          { name: subnets.firewall.name, addressPrefix: subnets.firewall.addressPrefix },
          { name: subnets.gateway.name, addressPrefix: subnets.gateway.addressPrefix },
          {
            name: subnets.endpoints.name,
            addressPrefix: subnets.endpoints.addressPrefix,
            networkSecurityGroup: { id: endpointsNsg.id },
            privateEndpointNetworkPolicies: "Enabled",
            defaultOutboundAccess: false,
          },
          ...(nvaNsg
            ? [
                {
                  name: subnets.nva.name,
                  addressPrefix: subnets.nva.addressPrefix,
                  networkSecurityGroup: { id: nvaNsg.id },
                  defaultOutboundAccess: false,
                },
              ]
            : []),
        ],
        tags,
      },
      inConn,
    );
    this.endpointsSubnetId = pulumi.interpolate`${this.hub.id}/subnets/${subnets.endpoints.name}`;

    if (!nva) {
      const pip = new PublicIPAddress(
        "firewall-pip",
        {
          publicIpAddressName: `${config.prefix}-fw-pip`,
          resourceGroupName: rgName,
          location,
          sku: { name: "Standard", tier: "Regional" },
          publicIPAllocationMethod: "Static",
          zones: ["1", "2", "3"],
          tags,
        },
        inConn,
      );
      const policy = new FirewallPolicy(
        "firewall-policy",
        {
          firewallPolicyName: `${config.prefix}-fw-policy`,
          resourceGroupName: rgName,
          location,
          sku: { tier: config.network.egress.firewallTier },
          threatIntelMode: "Deny",
          dnsSettings: { enableProxy: true },
          tags,
        },
        inConn,
      );
      this.firewall = new AzureFirewall(
        "firewall",
        {
          azureFirewallName: `${config.prefix}-fw`,
          resourceGroupName: rgName,
          location,
          sku: { name: "AZFW_VNet", tier: config.network.egress.firewallTier },
          firewallPolicy: { id: policy.id },
          ipConfigurations: [
            {
              name: "ipconfig",
              subnet: { id: pulumi.interpolate`${this.hub.id}/subnets/${subnets.firewall.name}` },
              publicIPAddress: { id: pip.id },
            },
          ],
          zones: ["1", "2", "3"],
          tags,
        },
        inConn,
      );
      diagnostics("firewall", this.firewall, providers[conn.name]);
    }

    // Flow logs go to a storage account in the connectivity subscription, and to Traffic Analytics.
    const flowLogs = new StorageAccount(
      "flow-logs",
      {
        accountName: storageAccountName(config, "flow"),
        resourceGroupName: rgName,
        location,
        kind: "StorageV2",
        sku: { name: "Standard_ZRS" },
        enableHttpsTrafficOnly: true,
        minimumTlsVersion: "TLS1_2",
        allowBlobPublicAccess: false,
        allowSharedKeyAccess: false,
        allowCrossTenantReplication: false,
        defaultToOAuthAuthentication: true,
        // Network Watcher writes as a trusted Microsoft service, which "Disabled" would shut out.
        publicNetworkAccess: "Enabled",
        networkRuleSet: { defaultAction: "Deny", bypass: "AzureServices" },
        encryption: {
          keySource: "Microsoft.Storage",
          requireInfrastructureEncryption: true,
          services: { blob: { enabled: true, keyType: "Account" }, file: { enabled: true, keyType: "Account" } },
        },
        tags,
      },
      inConn,
    );
    this.flowLogStorage = flowLogs;
    new BlobServiceProperties(
      "flow-logs-blob",
      {
        accountName: flowLogs.name,
        resourceGroupName: rgName,
        blobServicesName: "default",
        deleteRetentionPolicy: { enabled: true, days: 7 },
        containerDeleteRetentionPolicy: { enabled: true, days: 7 },
        isVersioningEnabled: true,
      },
      inConn,
    );

    const watchers = new Map<string, NetworkWatcher>();
    const watcherIn = (sub: string) => {
      let w = watchers.get(sub);
      if (!w) {
        const p = { parent: this, provider: providers[sub] };
        const rg = new ResourceGroup(`network-watcher-rg-${sub}`, { resourceGroupName: NETWORK_WATCHER_RG, location, tags }, p);
        w = new NetworkWatcher(
          `network-watcher-${sub}`,
          { networkWatcherName: networkWatcherName(location), resourceGroupName: rg.name, location, tags },
          p,
        );
        watchers.set(sub, w);
      }
      return w;
    };
    const flowLog = (label: string, sub: string, vnet: VirtualNetwork) => {
      const watcher = watcherIn(sub);
      new FlowLog(
        `flow-log-${label}`,
        {
          flowLogName: `${config.prefix}-${label}-flowlog`,
          networkWatcherName: watcher.name,
          resourceGroupName: NETWORK_WATCHER_RG,
          location,
          targetResourceId: vnet.id,
          storageId: flowLogs.id,
          enabled: true,
          format: { type: "JSON", version: 2 },
          retentionPolicy: { enabled: true, days: config.network.flowLogRetentionDays },
          flowAnalyticsConfiguration: {
            networkWatcherFlowAnalyticsConfiguration: {
              enabled: true,
              workspaceResourceId: workspace.id,
              workspaceRegion: location,
              trafficAnalyticsInterval: 10,
            },
          },
          tags,
        },
        { parent: this, provider: providers[sub], dependsOn: [watcher] },
      );
    };
    flowLog("hub", conn.name, this.hub);

    for (const zone of config.network.privateDnsZones) {
      this.privateDnsZones[zone] = new PrivateZone(
        `dns-${zone}`,
        { privateZoneName: zone, resourceGroupName: rgName, location: "global", tags },
        inConn,
      );
    }
    const linkZones = (label: string, vnet: VirtualNetwork) => {
      for (const [zone, z] of Object.entries(this.privateDnsZones)) {
        new VirtualNetworkLink(
          `dns-link-${label}-${zone}`,
          {
            virtualNetworkLinkName: `${label}-link`,
            privateZoneName: z.name,
            resourceGroupName: rgName,
            location: "global",
            registrationEnabled: false,
            virtualNetwork: { id: vnet.id },
            tags,
          },
          inConn,
        );
      }
    };
    linkZones("hub", this.hub);

    // The flow-log account is also reachable privately, so operators read logs without its public endpoint.
    const blobZone = this.privateDnsZones["privatelink.blob.core.windows.net"];
    const flowLogsEndpoint = new PrivateEndpoint(
      "flow-logs-pe",
      {
        privateEndpointName: `${config.prefix}-flowlogs-pe`,
        resourceGroupName: rgName,
        location,
        subnet: { id: this.endpointsSubnetId },
        privateLinkServiceConnections: [{ name: "blob", privateLinkServiceId: flowLogs.id, groupIds: ["blob"] }],
        tags,
      },
      inConn,
    );
    if (blobZone) {
      new PrivateDnsZoneGroup(
        "flow-logs-dns",
        {
          privateDnsZoneGroupName: "default",
          privateEndpointName: flowLogsEndpoint.name,
          resourceGroupName: rgName,
          privateDnsZoneConfigs: [{ name: "blob", privateDnsZoneId: blobZone.id }],
        },
        inConn,
      );
    }

    for (const spoke of config.network.spokes) {
      const inSpoke = { parent: this, provider: providers[spoke.subscription] };
      const rg = new ResourceGroup(
        `spoke-rg-${spoke.name}`,
        { resourceGroupName: `${config.prefix}-${spoke.name}-network`, location, tags },
        inSpoke,
      );
      const routes = new RouteTable(
        `spoke-rt-${spoke.name}`,
        {
          routeTableName: `${config.prefix}-${spoke.name}-rt`,
          resourceGroupName: rg.name,
          location,
          disableBgpRoutePropagation: true,
          routes: [
            { name: "default-via-hub", addressPrefix: "0.0.0.0/0", nextHopType: "VirtualAppliance", nextHopIpAddress: this.nextHopIp },
          ],
          tags,
        },
        inSpoke,
      );
      const nsgs = spoke.subnets.map((subnet) => {
        const nsg = new NetworkSecurityGroup(
          `spoke-nsg-${spoke.name}-${subnet.name}`,
          {
            networkSecurityGroupName: `${config.prefix}-${spoke.name}-${subnet.name}-nsg`,
            resourceGroupName: rg.name,
            location,
            securityRules: [DENY_INTERNET_INBOUND],
            tags,
          },
          inSpoke,
        );
        diagnostics(`${spoke.name}-${subnet.name}-nsg`, nsg, providers[spoke.subscription]);
        return nsg;
      });
      const vnetName = `${config.prefix}-${spoke.name}-vnet`;
      const vnet = new VirtualNetwork(
        `spoke-vnet-${spoke.name}`,
        {
          virtualNetworkName: vnetName,
          resourceGroupName: rg.name,
          location,
          addressSpace: { addressPrefixes: [spoke.addressSpace] },
          // With the firewall's DNS proxy, spokes resolve Private Link names through the hub.
          ...(nva ? {} : { dhcpOptions: { dnsServers: [this.nextHopIp] } }),
          subnets: spoke.subnets.map((subnet, i) => ({
            name: subnet.name,
            addressPrefix: subnet.addressPrefix,
            networkSecurityGroup: { id: nsgs[i].id },
            routeTable: { id: routes.id },
            privateEndpointNetworkPolicies: "Enabled",
            defaultOutboundAccess: false,
          })),
          tags,
        },
        inSpoke,
      );
      this.spokes[spoke.name] = vnet;
      new VirtualNetworkPeering(
        `peering-hub-to-${spoke.name}`,
        {
          virtualNetworkPeeringName: `hub-to-${spoke.name}`,
          resourceGroupName: rgName,
          virtualNetworkName: this.hub.name,
          remoteVirtualNetwork: { id: vnet.id },
          allowVirtualNetworkAccess: true,
          allowForwardedTraffic: true,
          allowGatewayTransit: false,
        },
        inConn,
      );
      new VirtualNetworkPeering(
        `peering-${spoke.name}-to-hub`,
        {
          virtualNetworkPeeringName: `${spoke.name}-to-hub`,
          resourceGroupName: rg.name,
          virtualNetworkName: vnet.name,
          remoteVirtualNetwork: { id: this.hub.id },
          allowVirtualNetworkAccess: true,
          allowForwardedTraffic: true,
          useRemoteGateways: false,
        },
        inSpoke,
      );
      flowLog(spoke.name, spoke.subscription, vnet);
      linkZones(spoke.name, vnet);
    }
    this.registerOutputs({ hubId: this.hub.id, nextHopIp: this.nextHopIp });
  }
}
