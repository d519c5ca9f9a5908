import { defineControl } from "../../model/control";
import { NETWORK_EXPOSURE, publicNetworkAccessControl } from "../../shared/azure-setting";

export const redisPublicNetworkAccess = defineControl(
  publicNetworkAccessControl({
    id: "azure-redis-public-network-access",
    service: "redis",
    noun: "Azure Cache for Redis instances",
    resourceTypes: ["azure-native:redis:Redis", "azure-native:cache:Redis"],
    path: "publicNetworkAccess",
    policy: { armType: "Microsoft.Cache/Redis", alias: "Microsoft.Cache/Redis/publicNetworkAccess" },
    base: { resourceGroupName: "rg", sku: { name: "Premium", family: "P", capacity: 1 } },
    frameworks: NETWORK_EXPOSURE,
  }),
);
