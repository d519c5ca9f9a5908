import { defineControl } from "../../model/control";
import { LOCAL_AUTH, localAuthControl } from "../../shared/azure-setting";

export const cognitiveServicesLocalAuthDisabled = defineControl(
  localAuthControl({
    id: "azure-cognitiveservices-local-auth-disabled",
    service: "cognitiveservices",
    noun: "Azure AI services accounts",
    keys: "API keys",
    resourceTypes: ["azure-native:cognitiveservices:Account"],
    path: "properties.disableLocalAuth",
    disabledWhen: true,
    unsetDisabled: false,
    policy: { armType: "Microsoft.CognitiveServices/accounts", alias: "Microsoft.CognitiveServices/accounts/disableLocalAuth" },
    base: { resourceGroupName: "rg", kind: "OpenAI", sku: { name: "S0" }, properties: { customSubDomainName: "orders-ai" } },
    frameworks: LOCAL_AUTH,
  }),
);
