import { defineControl } from "../../model/control";
import { NETWORK_EXPOSURE, publicNetworkAccessControl } from "../../shared/azure-setting";

export const serviceBusPublicNetworkAccess = defineControl(
  publicNetworkAccessControl({
    id: "azure-servicebus-public-network-access",
    service: "servicebus",
    noun: "Service Bus namespaces",
    resourceTypes: ["azure-native:servicebus:Namespace"],
    path: "publicNetworkAccess",
    policy: { armType: "Microsoft.ServiceBus/namespaces", alias: "Microsoft.ServiceBus/namespaces/publicNetworkAccess" },
    base: { resourceGroupName: "rg", sku: { name: "Premium" } },
    frameworks: NETWORK_EXPOSURE,
  }),
);
