import { defineControl } from "../../model/control";
import { NETWORK_EXPOSURE, publicNetworkAccessControl } from "../../shared/azure-setting";

export const containerRegistryPublicNetworkAccess = defineControl(
  publicNetworkAccessControl({
    id: "azure-containerregistry-public-network-access",
    service: "containerregistry",
    noun: "Container registries",
    resourceTypes: ["azure-native:containerregistry:Registry"],
    path: "publicNetworkAccess",
    policy: { armType: "Microsoft.ContainerRegistry/registries", alias: "Microsoft.ContainerRegistry/registries/publicNetworkAccess" },
    base: { resourceGroupName: "rg", sku: { name: "Premium" } },
    frameworks: NETWORK_EXPOSURE,
  }),
);
