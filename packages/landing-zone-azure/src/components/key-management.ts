import { Key } from "@pulumi/azure-native/keyvault/key";
import { Vault } from "@pulumi/azure-native/keyvault/vault";
import { DiagnosticSetting } from "@pulumi/azure-native/monitor/diagnosticSetting";
import { PrivateDnsZoneGroup } from "@pulumi/azure-native/network/privateDnsZoneGroup";
import { PrivateEndpoint } from "@pulumi/azure-native/network/privateEndpoint";
import type { Workspace } from "@pulumi/azure-native/operationalinsights/workspace";
import type { PrivateZone } from "@pulumi/azure-native/privatedns/privateZone";
import type { Provider } from "@pulumi/azure-native/provider";
import { ResourceGroup } from "@pulumi/azure-native/resources/resourceGroup";
import * as pulumi from "@pulumi/pulumi";
import type { LandingZoneConfig } from "../config";
import { keyVaultName, subscriptionIn, tagsOf } from "../conventions";

const VAULT_ZONE = "privatelink.vaultcore.azure.net";

/**
 * The platform key vault: RBAC authorisation, soft delete with purge protection, no public network access
 * (network ACLs deny by default as a second line), reached through a private endpoint in the hub with its
 * Private DNS record, audit logs to Log Analytics, and customer-managed keys that rotate automatically.
 */
export class KeyManagement extends pulumi.ComponentResource {
  readonly vault: Vault;
  readonly keys: Key[] = [];

  constructor(
    name: string,
    args: {
      config: LandingZoneConfig;
      providers: Record<string, Provider>;
      workspace: Workspace;
      endpointsSubnetId: pulumi.Input<string>;
      endpointsResourceGroup: pulumi.Input<string>;
      privateDnsZones: Record<string, PrivateZone>;
    },
    opts?: pulumi.ComponentResourceOptions,
  ) {
    super("palisade:azure:KeyManagement", name, {}, opts);
    const { config, providers, workspace } = args;
    const tags = tagsOf(config);
    const location = config.defaultLocation;
    const mgmt = subscriptionIn(config, "management");
    const conn = subscriptionIn(config, "connectivity");
    const inMgmt = { parent: this, provider: providers[mgmt.name] };
    const inConn = { parent: this, provider: providers[conn.name] };

    const rg = new ResourceGroup("keys-rg", { resourceGroupName: `${config.prefix}-keys`, location, tags }, inMgmt);
    this.vault = new Vault(
      "platform-vault",
      {
        vaultName: keyVaultName(config),
        resourceGroupName: rg.name,
        location,
        properties: {
          tenantId: config.tenantRootGroupId,
          sku: { family: "A", name: "premium" },
          enableRbacAuthorization: true,
          enableSoftDelete: true,
          softDeleteRetentionInDays: 90,
          enablePurgeProtection: true,
          publicNetworkAccess: "Disabled",
          networkAcls: { defaultAction: "Deny", bypass: "AzureServices" },
        },
        tags,
      },
      inMgmt,
    );

    const endpoint = new PrivateEndpoint(
      "platform-vault-pe",
      {
        privateEndpointName: `${config.prefix}-kv-pe`,
        resourceGroupName: args.endpointsResourceGroup,
        location,
        subnet: { id: args.endpointsSubnetId },
        privateLinkServiceConnections: [{ name: "vault", privateLinkServiceId: this.vault.id, groupIds: ["vault"] }],
        tags,
      },
      inConn,
    );
    const zone = args.privateDnsZones[VAULT_ZONE];
    if (zone) {
      new PrivateDnsZoneGroup(
        "platform-vault-dns",
        {
          privateDnsZoneGroupName: "default",
          privateEndpointName: endpoint.name,
          resourceGroupName: args.endpointsResourceGroup,
          privateDnsZoneConfigs: [{ name: "vault", privateDnsZoneId: zone.id }],
        },
        inConn,
      );
    }

    new DiagnosticSetting(
      "diag-platform-vault",
      {
        name: `${config.prefix}-to-law`,
        resourceUri: this.vault.id,
        workspaceId: workspace.id,
        logs: [
          { categoryGroup: "audit", enabled: true },
          { categoryGroup: "allLogs", enabled: true },
        ],
        metrics: [{ category: "AllMetrics", enabled: true }],
      },
      inMgmt,
    );

    for (const k of config.keyManagement.keys) {
      this.keys.push(
        new Key(
          `key-${k.name}`,
          {
            keyName: k.name,
            vaultName: this.vault.name,
            resourceGroupName: rg.name,
            properties: {
              kty: k.type === "RSA" ? "RSA-HSM" : "EC-HSM",
              ...(k.type === "RSA" ? { keySize: k.size } : { curveName: k.curve }),
              keyOps: ["encrypt", "decrypt", "wrapKey", "unwrapKey", "sign", "verify"],
              rotationPolicy: {
                attributes: { expiryTime: k.expiresAfter },
                lifetimeActions: [
                  { action: { type: "rotate" }, trigger: { timeAfterCreate: k.rotateAfter } },
                  { action: { type: "notify" }, trigger: { timeBeforeExpiry: "P30D" } },
                ],
              },
            },
            tags,
          },
          inMgmt,
        ),
      );
    }
    this.registerOutputs({ vaultUri: this.vault.properties.vaultUri });
  }
}
