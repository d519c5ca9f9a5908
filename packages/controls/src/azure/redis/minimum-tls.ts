import { defineControl } from "../../model/control";
import { minimumTlsControl, TLS_IN_TRANSIT } from "../../shared/azure-setting";

export const redisMinimumTls = defineControl(
  minimumTlsControl({
    id: "azure-redis-minimum-tls",
    service: "redis",
    noun: "Azure Cache for Redis instances",
    resourceTypes: ["azure-native:redis:Redis", "azure-native:cache:Redis"],
    path: "minimumTlsVersion",
    accepted: ["1.2"],
    weak: ["1.0", "1.1"],
    policy: { armType: "Microsoft.Cache/Redis", alias: "Microsoft.Cache/Redis/minimumTlsVersion" },
    base: { resourceGroupName: "rg", sku: { name: "Premium", family: "P", capacity: 1 } },
    frameworks: TLS_IN_TRANSIT,
  }),
);
