import { defineControl } from "../../model/control";
import { LOCAL_AUTH, localAuthControl } from "../../shared/azure-setting";

export const redisAccessKeysDisabled = defineControl(
  localAuthControl({
    id: "azure-redis-access-keys-disabled",
    service: "redis",
    noun: "Azure Cache for Redis instances",
    keys: "access keys",
    resourceTypes: ["azure-native:redis:Redis", "azure-native:cache:Redis"],
    path: "disableAccessKeyAuthentication",
    disabledWhen: true,
    unsetDisabled: false,
    policy: { armType: "Microsoft.Cache/Redis", alias: "Microsoft.Cache/Redis/disableAccessKeyAuthentication" },
    base: { resourceGroupName: "rg", sku: { name: "Premium", family: "P", capacity: 1 }, redisConfiguration: { aadEnabled: "true" } },
    frameworks: LOCAL_AUTH,
  }),
);
