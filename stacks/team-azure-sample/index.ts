import * as keyvault from "@pulumi/azure-native/keyvault";
import * as network from "@pulumi/azure-native/network";
import * as resources from "@pulumi/azure-native/resources";
import * as storage from "@pulumi/azure-native/storage";
import * as pulumi from "@pulumi/pulumi";

// Submodules only: the root of @pulumi/azure-native takes many seconds to load and type-check.
const config = new pulumi.Config();
const hardened = config.requireBoolean("hardened");
const tenantId = config.require("tenantId");

const rg = new resources.ResourceGroup("app-rg", { tags: { team: "orders" } });

new storage.StorageAccount("appdata", {
  resourceGroupName: rg.name,
  kind: storage.Kind.StorageV2,
  sku: { name: storage.SkuName.Standard_ZRS },
  enableHttpsTrafficOnly: hardened,
  minimumTlsVersion: hardened ? storage.MinimumTlsVersion.TLS1_2 : storage.MinimumTlsVersion.TLS1_0,
  allowBlobPublicAccess: !hardened,
  allowSharedKeyAccess: !hardened,
  ...(hardened ? { networkRuleSet: { defaultAction: storage.DefaultAction.Deny, bypass: "AzureServices" } } : {}),
});

const nsg = new network.NetworkSecurityGroup("app-nsg", {
  resourceGroupName: rg.name,
  securityRules: [
    {
      name: "https",
      priority: 100,
      direction: "Inbound",
      access: "Allow",
      protocol: "Tcp",
      sourceAddressPrefix: "Internet",
      sourcePortRange: "*",
      destinationAddressPrefix: "*",
      destinationPortRange: "443",
    },
    ...(hardened
      ? []
      : [
          {
            name: "rdp",
            priority: 110,
            direction: "Inbound",
            access: "Allow",
            protocol: "*",
            sourceAddressPrefix: "*",
            sourcePortRange: "*",
            destinationAddressPrefix: "*",
            destinationPortRange: "3389",
          },
        ]),
  ],
});

const vnet = new network.VirtualNetwork("app-vnet", {
  resourceGroupName: rg.name,
  addressSpace: { addressPrefixes: ["10.20.0.0/16"] },
});
const endpoints = new network.Subnet("endpoints", {
  resourceGroupName: rg.name,
  virtualNetworkName: vnet.name,
  addressPrefix: "10.20.1.0/24",
  ...(hardened ? { networkSecurityGroup: { id: nsg.id } } : {}),
});

const vault = new keyvault.Vault("app-kv", {
  resourceGroupName: rg.name,
  properties: {
    tenantId,
    sku: { family: keyvault.SkuFamily.A, name: keyvault.SkuName.Standard },
    enableRbacAuthorization: true,
    enableSoftDelete: true,
    ...(hardened
      ? { enablePurgeProtection: true, publicNetworkAccess: "Disabled", networkAcls: { defaultAction: "Deny", bypass: "AzureServices" } }
      : {}),
  },
});

if (hardened) {
  new network.PrivateEndpoint("app-kv-pe", {
    resourceGroupName: rg.name,
    subnet: { id: endpoints.id },
    privateLinkServiceConnections: [{ name: "vault", privateLinkServiceId: vault.id, groupIds: ["vault"] }],
  });
}
