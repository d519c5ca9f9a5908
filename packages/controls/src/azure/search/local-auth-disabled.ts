import { defineControl } from "../../model/control";
import { LOCAL_AUTH, localAuthControl } from "../../shared/azure-setting";

export const searchLocalAuthDisabled = defineControl(
  localAuthControl({
    id: "azure-search-local-auth-disabled",
    service: "search",
    noun: "Azure AI Search services",
    keys: "API keys",
    resourceTypes: ["azure-native:search:Service"],
    path: "disableLocalAuth",
    disabledWhen: true,
    unsetDisabled: false,
    policy: { armType: "Microsoft.Search/searchServices", alias: "Microsoft.Search/searchServices/disableLocalAuth" },
    base: { resourceGroupName: "rg", sku: { name: "standard" } },
    frameworks: LOCAL_AUTH,
  }),
);
