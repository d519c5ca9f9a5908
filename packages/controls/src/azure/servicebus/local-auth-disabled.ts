import { defineControl } from "../../model/control";
import { LOCAL_AUTH, localAuthControl } from "../../shared/azure-setting";

export const serviceBusLocalAuthDisabled = defineControl(
  localAuthControl({
    id: "azure-servicebus-local-auth-disabled",
    service: "servicebus",
    noun: "Service Bus namespaces",
    keys: "SAS keys",
    resourceTypes: ["azure-native:servicebus:Namespace"],
    path: "disableLocalAuth",
    disabledWhen: true,
    unsetDisabled: false,
    policy: { armType: "Microsoft.ServiceBus/namespaces", alias: "Microsoft.ServiceBus/namespaces/disableLocalAuth" },
    base: { resourceGroupName: "rg", sku: { name: "Premium" } },
    frameworks: LOCAL_AUTH,
  }),
);
