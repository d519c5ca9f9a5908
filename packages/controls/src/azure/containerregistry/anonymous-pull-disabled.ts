import { defineControl } from "../../model/control";
import { NETWORK_EXPOSURE, settingControl } from "../../shared/azure-setting";

export const containerRegistryAnonymousPullDisabled = defineControl(
  settingControl({
    id: "azure-containerregistry-anonymous-pull-disabled",
    service: "containerregistry",
    noun: "Container registries",
    title: "Container registries do not allow anonymous pull",
    rationale:
      "With anonymous pull on, anyone who can reach the registry can download every image, with the secrets, internal hostnames and vulnerable packages baked into them.",
    severity: "high",
    resourceTypes: ["azure-native:containerregistry:Registry"],
    path: "anonymousPullEnabled",
    ok: (v) => v === false,
    unset: { passes: true, meaning: "false" },
    want: "set it to false",
    good: [false],
    bad: [true],
    remediation: "Set anonymousPullEnabled: false (the default) and give pullers the AcrPull role.",
    tags: ["public-exposure", "containers"],
    policy: { armType: "Microsoft.ContainerRegistry/registries", alias: "Microsoft.ContainerRegistry/registries/anonymousPullEnabled" },
    nonCompliantWhen: { field: "Microsoft.ContainerRegistry/registries/anonymousPullEnabled", equals: "true" },
    base: { resourceGroupName: "rg", sku: { name: "Standard" } },
    frameworks: { ...NETWORK_EXPOSURE, "nist-800-53-r5": ["AC-3", "AC-6", "SC-7"] },
  }),
);
