import { Provider } from "@pulumi/azure-native/provider";
import * as pulumi from "@pulumi/pulumi";
import type { LandingZoneConfig } from "../config";
import { Connectivity } from "./connectivity";
import { GuardrailPolicies } from "./guardrail-policies";
import { KeyManagement } from "./key-management";
import { Management } from "./management";
import { ManagementGroups } from "./management-groups";
import { AzureResponse } from "./response";

/**
 * The whole Azure landing zone, composed from its parts. Takes a validated config (see `loadConfig`): the
 * components assume it is consistent and never re-check it. Tenant-level resources (management groups,
 * policy) use the stack's default provider; everything in a subscription uses that subscription's provider.
 */
export class LandingZone extends pulumi.ComponentResource {
  readonly managementGroups: ManagementGroups;
  readonly guardrails: GuardrailPolicies;
  readonly management: Management;
  readonly connectivity: Connectivity;
  readonly keyManagement: KeyManagement;

  constructor(name: string, config: LandingZoneConfig, opts?: pulumi.ComponentResourceOptions) {
    super("palisade:azure:LandingZone", name, {}, opts);
    const child = { parent: this };
    const providers: Record<string, Provider> = {};
    for (const [sub, s] of Object.entries(config.subscriptions)) {
      providers[sub] = new Provider(
        `subscription-${sub}`,
        { subscriptionId: s.id, tenantId: config.tenantRootGroupId, location: config.defaultLocation },
        child,
      );
    }
    this.managementGroups = new ManagementGroups("management-groups", { config, providers }, child);
    this.guardrails = new GuardrailPolicies("guardrails", { config, groups: this.managementGroups.groups }, child);
    this.management = new Management("management", { config, providers }, child);
    this.connectivity = new Connectivity("connectivity", { config, providers, workspace: this.management.workspace }, child);
    this.keyManagement = new KeyManagement(
      "key-management",
      {
        config,
        providers,
        workspace: this.management.workspace,
        endpointsSubnetId: this.connectivity.endpointsSubnetId,
        endpointsResourceGroup: this.connectivity.resourceGroup.name,
        privateDnsZones: this.connectivity.privateDnsZones,
      },
      child,
    );
    if (Object.values(config.respond.runbooks).some((mode) => mode !== "off")) {
      new AzureResponse(
        "respond",
        {
          config,
          providers,
          workspaceId: this.management.workspace.id,
          actionGroupId: this.management.actionGroup.id,
          rootScope: `/providers/Microsoft.Management/managementGroups/${config.prefix}`,
          bundle: new pulumi.asset.FileAsset(require.resolve("@palisade/respond/dist/functions/azure/index.js")),
        },
        child,
      );
    }
    this.registerOutputs({ workspaceId: this.management.workspace.id, hubId: this.connectivity.hub.id });
  }
}
