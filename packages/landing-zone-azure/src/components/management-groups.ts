import { ManagementGroup } from "@pulumi/azure-native/management/managementGroup";
import { ManagementGroupSubscription } from "@pulumi/azure-native/management/managementGroupSubscription";
import type { Provider } from "@pulumi/azure-native/provider";
import * as pulumi from "@pulumi/pulumi";
import type { LandingZoneConfig, Placement } from "../config";
import { managementGroupIds, managementGroupResourceId } from "../policies";

export type GroupKey = keyof ReturnType<typeof managementGroupIds>;

/** Parent of each group; the intermediate root hangs below the tenant root group. */
const PARENT: Record<GroupKey, GroupKey | "tenant"> = {
  root: "tenant",
  platform: "root",
  management: "platform",
  connectivity: "platform",
  identity: "platform",
  security: "platform",
  landingZones: "root",
  corp: "landingZones",
  online: "landingZones",
  sandbox: "root",
  decommissioned: "root",
};

const DISPLAY: Record<GroupKey, string> = {
  root: "",
  platform: "Platform",
  management: "Management",
  connectivity: "Connectivity",
  identity: "Identity",
  security: "Security",
  landingZones: "Landing Zones",
  corp: "Corp",
  online: "Online",
  sandbox: "Sandbox",
  decommissioned: "Decommissioned",
};

const PLACEMENT_GROUP: Record<Placement, GroupKey> = {
  management: "management",
  connectivity: "connectivity",
  identity: "identity",
  security: "security",
  corp: "corp",
  online: "online",
  sandbox: "sandbox",
  decommissioned: "decommissioned",
};

/**
 * The management group hierarchy (intermediate root → Platform {Management, Connectivity, Identity,
 * Security}, Landing Zones {Corp, Online}, Sandbox, Decommissioned) and the placement of every subscription.
 * Parents are referenced by their well-known ids, with explicit dependencies, so every id is known at preview.
 */
export class ManagementGroups extends pulumi.ComponentResource {
  readonly groups: Record<GroupKey, ManagementGroup>;
  readonly ids: ReturnType<typeof managementGroupIds>;

  constructor(
    name: string,
    args: { config: LandingZoneConfig; providers: Record<string, Provider> },
    opts?: pulumi.ComponentResourceOptions,
  ) {
    super("palisade:azure:ManagementGroups", name, {}, opts);
    const { config } = args;
    this.ids = managementGroupIds(config.prefix);
    const groups = {} as Record<GroupKey, ManagementGroup>;
    for (const key of Object.keys(PARENT) as GroupKey[]) {
      const parent = PARENT[key];
      const parentId = parent === "tenant" ? config.tenantRootGroupId : this.ids[parent];
      groups[key] = new ManagementGroup(
        `mg-${key}`,
        {
          groupId: this.ids[key],
          displayName: key === "root" ? `${config.prefix.toUpperCase()} (Palisade intermediate root)` : DISPLAY[key],
          details: { parent: { id: managementGroupResourceId(parentId) } },
        },
        { parent: this, dependsOn: parent === "tenant" ? [] : [groups[parent]] },
      );
    }
    this.groups = groups;
    for (const [sub, s] of Object.entries(config.subscriptions)) {
      const group = PLACEMENT_GROUP[s.managementGroup];
      new ManagementGroupSubscription(
        `placement-${sub}`,
        { groupId: this.ids[group] },
        { parent: this, provider: args.providers[sub], dependsOn: [groups[group]] },
      );
    }
    this.registerOutputs({ ids: this.ids });
  }
}
