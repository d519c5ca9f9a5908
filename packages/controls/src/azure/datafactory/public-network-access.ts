import { defineControl } from "../../model/control";
import { NETWORK_EXPOSURE, publicNetworkAccessControl } from "../../shared/azure-setting";

export const dataFactoryPublicNetworkAccess = defineControl(
  publicNetworkAccessControl({
    id: "azure-datafactory-public-network-access",
    service: "datafactory",
    noun: "Data factories",
    resourceTypes: ["azure-native:datafactory:Factory"],
    path: "publicNetworkAccess",
    policy: { armType: "Microsoft.DataFactory/factories", alias: "Microsoft.DataFactory/factories/publicNetworkAccess" },
    base: { resourceGroupName: "rg", identity: { type: "SystemAssigned" } },
    frameworks: NETWORK_EXPOSURE,
  }),
);
