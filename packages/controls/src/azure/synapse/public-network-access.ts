import { defineControl } from "../../model/control";
import { NETWORK_EXPOSURE, publicNetworkAccessControl } from "../../shared/azure-setting";

export const synapsePublicNetworkAccess = defineControl(
  publicNetworkAccessControl({
    id: "azure-synapse-public-network-access",
    service: "synapse",
    noun: "Synapse workspaces",
    resourceTypes: ["azure-native:synapse:Workspace"],
    path: "publicNetworkAccess",
    policy: { armType: "Microsoft.Synapse/workspaces", alias: "Microsoft.Synapse/workspaces/publicNetworkAccess" },
    base: { resourceGroupName: "rg", identity: { type: "SystemAssigned" }, managedVirtualNetwork: "default" },
    frameworks: NETWORK_EXPOSURE,
  }),
);
