import { defineControl } from "../../model/control";
import { minimumTlsControl, TLS_IN_TRANSIT } from "../../shared/azure-setting";

export const serviceBusMinimumTls = defineControl(
  minimumTlsControl({
    id: "azure-servicebus-minimum-tls",
    service: "servicebus",
    noun: "Service Bus namespaces",
    resourceTypes: ["azure-native:servicebus:Namespace"],
    path: "minimumTlsVersion",
    accepted: ["1.2"],
    weak: ["1.0", "1.1"],
    policy: { armType: "Microsoft.ServiceBus/namespaces", alias: "Microsoft.ServiceBus/namespaces/minimumTlsVersion" },
    base: { resourceGroupName: "rg", sku: { name: "Premium" } },
    frameworks: TLS_IN_TRANSIT,
  }),
);
