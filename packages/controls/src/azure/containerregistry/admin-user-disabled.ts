import { defineControl } from "../../model/control";
import { LOCAL_AUTH, localAuthControl } from "../../shared/azure-setting";

export const containerRegistryAdminUserDisabled = defineControl(
  localAuthControl({
    id: "azure-containerregistry-admin-user-disabled",
    service: "containerregistry",
    noun: "Container registries",
    keys: "the admin user",
    resourceTypes: ["azure-native:containerregistry:Registry"],
    path: "adminUserEnabled",
    disabledWhen: false,
    unsetDisabled: true,
    policy: { armType: "Microsoft.ContainerRegistry/registries", alias: "Microsoft.ContainerRegistry/registries/adminUserEnabled" },
    base: { resourceGroupName: "rg", sku: { name: "Premium" } },
    frameworks: LOCAL_AUTH,
  }),
);
