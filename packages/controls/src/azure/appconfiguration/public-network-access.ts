import { defineControl } from "../../model/control";
import { NETWORK_EXPOSURE, publicNetworkAccessControl } from "../../shared/azure-setting";

export const appConfigurationPublicNetworkAccess = defineControl(
  publicNetworkAccessControl({
    id: "azure-appconfiguration-public-network-access",
    service: "appconfiguration",
    noun: "App Configuration stores",
    resourceTypes: ["azure-native:appconfiguration:ConfigurationStore"],
    path: "publicNetworkAccess",
    policy: {
      armType: "Microsoft.AppConfiguration/configurationStores",
      alias: "Microsoft.AppConfiguration/configurationStores/publicNetworkAccess",
    },
    base: { resourceGroupName: "rg", sku: { name: "standard" } },
    frameworks: NETWORK_EXPOSURE,
  }),
);
