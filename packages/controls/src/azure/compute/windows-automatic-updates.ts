import { defineControl } from "../../model/control";
import { settingControl } from "../../shared/azure-setting";

export const computeWindowsAutomaticUpdates = defineControl(
  settingControl({
    id: "azure-compute-windows-automatic-updates",
    service: "compute",
    noun: "Windows virtual machines",
    title: "Windows virtual machines keep automatic updates on",
    rationale:
      "A Windows VM with automatic updates turned off misses security patches unless another patching system is proven to cover it.",
    resourceTypes: ["azure-native:compute:VirtualMachine"],
    path: "osProfile.windowsConfiguration.enableAutomaticUpdates",
    ok: (v) => v === true,
    unset: { passes: true, meaning: "true" },
    want: 'set it to true (or use patchSettings.patchMode "AutomaticByPlatform")',
    good: [true],
    bad: [false],
    remediation:
      'Leave osProfile.windowsConfiguration.enableAutomaticUpdates true (the default) and prefer patchSettings.patchMode "AutomaticByPlatform" (Checkov CKV_AZURE_177).',
    tags: ["compute", "patching"],
    policy: {
      armType: "Microsoft.Compute/virtualMachines",
      alias: "Microsoft.Compute/virtualMachines/osProfile.windowsConfiguration.enableAutomaticUpdates",
    },
    nonCompliantWhen: { field: "Microsoft.Compute/virtualMachines/osProfile.windowsConfiguration.enableAutomaticUpdates", equals: "false" },
    base: {
      resourceGroupName: "rg",
      hardwareProfile: { vmSize: "Standard_D2s_v5" },
      osProfile: { computerName: "win", adminUsername: "azureuser" },
    },
    frameworks: {
      "nist-800-53-r5": ["SI-2", "SI-2(2)"],
      soc2: ["CC7.1"],
      "iso27001-2022": ["A.8.8"],
      "pci-dss-4.0": ["6.3.3"],
      hipaa: ["164.308(a)(5)(ii)(B)"],
    },
  }),
);
