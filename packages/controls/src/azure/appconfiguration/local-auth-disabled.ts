import { defineControl } from "../../model/control";
import { LOCAL_AUTH, localAuthControl } from "../../shared/azure-setting";

export const appConfigurationLocalAuthDisabled = defineControl(
  localAuthControl({
    id: "azure-appconfiguration-local-auth-disabled",
    service: "appconfiguration",
    noun: "App Configuration stores",
    keys: "access keys",
    resourceTypes: ["azure-native:appconfiguration:ConfigurationStore"],
    path: "disableLocalAuth",
    disabledWhen: true,
    unsetDisabled: false,
    policy: {
      armType: "Microsoft.AppConfiguration/configurationStores",
      alias: "Microsoft.AppConfiguration/configurationStores/disableLocalAuth",
    },
    base: { resourceGroupName: "rg", sku: { name: "standard" } },
    frameworks: LOCAL_AUTH,
  }),
);
