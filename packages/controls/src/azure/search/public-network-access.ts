import { defineControl } from "../../model/control";
import { NETWORK_EXPOSURE, publicNetworkAccessControl } from "../../shared/azure-setting";

export const searchPublicNetworkAccess = defineControl(
  publicNetworkAccessControl({
    id: "azure-search-public-network-access",
    service: "search",
    noun: "Azure AI Search services",
    resourceTypes: ["azure-native:search:Service"],
    path: "publicNetworkAccess",
    policy: { armType: "Microsoft.Search/searchServices", alias: "Microsoft.Search/searchServices/publicNetworkAccess" },
    base: { resourceGroupName: "rg", sku: { name: "standard" } },
    frameworks: NETWORK_EXPOSURE,
  }),
);
