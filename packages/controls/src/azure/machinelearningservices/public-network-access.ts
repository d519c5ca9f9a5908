import { defineControl } from "../../model/control";
import { NETWORK_EXPOSURE, publicNetworkAccessControl } from "../../shared/azure-setting";

export const machineLearningPublicNetworkAccess = defineControl(
  publicNetworkAccessControl({
    id: "azure-machinelearningservices-public-network-access",
    service: "machinelearningservices",
    noun: "Azure Machine Learning workspaces",
    resourceTypes: ["azure-native:machinelearningservices:Workspace"],
    path: "publicNetworkAccess",
    policy: {
      armType: "Microsoft.MachineLearningServices/workspaces",
      alias: "Microsoft.MachineLearningServices/workspaces/publicNetworkAccess",
    },
    base: { resourceGroupName: "rg", identity: { type: "SystemAssigned" } },
    frameworks: NETWORK_EXPOSURE,
  }),
);
