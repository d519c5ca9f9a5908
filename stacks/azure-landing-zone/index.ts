import { LandingZone, loadConfig } from "@palisade/landing-zone-azure";
import * as pulumi from "@pulumi/pulumi";

// Validate the whole config first: a bad value stops the program before any resource is declared.
const namespace = pulumi.getProject();
const keysInNamespace = Object.keys(pulumi.runtime.allConfig())
  .filter((k) => k.startsWith(`${namespace}:`))
  .map((k) => k.slice(namespace.length + 1));
const config = loadConfig(new pulumi.Config(), namespace, keysInNamespace);

const landingZone = new LandingZone("landing-zone", config);

export const managementGroups = landingZone.managementGroups.ids;
export const guardrails = landingZone.guardrails.initiatives.map((i) => ({
  initiative: i.name,
  assignedAt: i.scope,
  policies: i.policyDefinitions.map((d) => d.policyDefinitionReferenceId),
}));
export const logAnalyticsWorkspaceId = landingZone.management.workspace.id;
export const hubVirtualNetworkId = landingZone.connectivity.hub.id;
export const egressNextHop = landingZone.connectivity.nextHopIp;
export const platformKeyVaultUri = landingZone.keyManagement.vault.properties.vaultUri;
