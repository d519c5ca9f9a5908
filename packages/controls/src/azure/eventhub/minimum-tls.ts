import { defineControl } from "../../model/control";
import { minimumTlsControl, TLS_IN_TRANSIT } from "../../shared/azure-setting";

export const eventHubMinimumTls = defineControl(
  minimumTlsControl({
    id: "azure-eventhub-minimum-tls",
    service: "eventhub",
    noun: "Event Hubs namespaces",
    resourceTypes: ["azure-native:eventhub:Namespace"],
    path: "minimumTlsVersion",
    accepted: ["1.2"],
    weak: ["1.0", "1.1"],
    policy: { armType: "Microsoft.EventHub/namespaces", alias: "Microsoft.EventHub/namespaces/minimumTlsVersion" },
    base: { resourceGroupName: "rg", sku: { name: "Standard" } },
    frameworks: TLS_IN_TRANSIT,
  }),
);
