import { defineControl } from "../../model/control";
import { LOCAL_AUTH, localAuthControl } from "../../shared/azure-setting";

export const eventHubLocalAuthDisabled = defineControl(
  localAuthControl({
    id: "azure-eventhub-local-auth-disabled",
    service: "eventhub",
    noun: "Event Hubs namespaces",
    keys: "SAS keys",
    resourceTypes: ["azure-native:eventhub:Namespace"],
    path: "disableLocalAuth",
    disabledWhen: true,
    unsetDisabled: false,
    policy: { armType: "Microsoft.EventHub/namespaces", alias: "Microsoft.EventHub/namespaces/disableLocalAuth" },
    base: { resourceGroupName: "rg", sku: { name: "Standard" } },
    frameworks: LOCAL_AUTH,
  }),
);
