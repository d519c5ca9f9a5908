import { defineControl } from "../../model/control";
import { NETWORK_EXPOSURE, publicNetworkAccessControl } from "../../shared/azure-setting";

export const cognitiveServicesPublicNetworkAccess = defineControl(
  publicNetworkAccessControl({
    id: "azure-cognitiveservices-public-network-access",
    service: "cognitiveservices",
    noun: "Azure AI services accounts",
    resourceTypes: ["azure-native:cognitiveservices:Account"],
    path: "properties.publicNetworkAccess",
    policy: { armType: "Microsoft.CognitiveServices/accounts", alias: "Microsoft.CognitiveServices/accounts/publicNetworkAccess" },
    base: { resourceGroupName: "rg", kind: "OpenAI", sku: { name: "S0" }, properties: { customSubDomainName: "orders-ai" } },
    frameworks: NETWORK_EXPOSURE,
  }),
);
