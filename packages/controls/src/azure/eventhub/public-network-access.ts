import { defineControl } from "../../model/control";
import { NETWORK_EXPOSURE, publicNetworkAccessControl } from "../../shared/azure-setting";

export const eventHubPublicNetworkAccess = defineControl(
  publicNetworkAccessControl({
    id: "azure-eventhub-public-network-access",
    service: "eventhub",
    noun: "Event Hubs namespaces",
    resourceTypes: ["azure-native:eventhub:Namespace"],
    path: "publicNetworkAccess",
    policy: { armType: "Microsoft.EventHub/namespaces", alias: "Microsoft.EventHub/namespaces/publicNetworkAccess" },
    base: { resourceGroupName: "rg", sku: { name: "Standard" } },
    frameworks: NETWORK_EXPOSURE,
  }),
);
