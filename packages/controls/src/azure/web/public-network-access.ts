import { defineControl } from "../../model/control";
import { NETWORK_EXPOSURE, publicNetworkAccessControl } from "../../shared/azure-setting";

export const webAppPublicNetworkAccess = defineControl(
  publicNetworkAccessControl({
    id: "azure-web-public-network-access",
    service: "web",
    noun: "App Service apps",
    resourceTypes: ["azure-native:web:WebApp", "azure-native:web:WebAppSlot"],
    path: "publicNetworkAccess",
    policy: { armType: "Microsoft.Web/sites", alias: "Microsoft.Web/sites/publicNetworkAccess" },
    base: { resourceGroupName: "rg", serverFarmId: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Web/serverfarms/plan" },
    frameworks: NETWORK_EXPOSURE,
  }),
);
