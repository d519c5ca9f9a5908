import { defineControl } from "../../model/control";
import { NETWORK_EXPOSURE, settingControl } from "../../shared/azure-setting";

export const synapseManagedVirtualNetwork = defineControl(
  settingControl({
    id: "azure-synapse-managed-virtual-network",
    service: "synapse",
    noun: "Synapse workspaces",
    title: "Synapse workspaces run in a managed virtual network",
    rationale:
      "Without a managed virtual network, Spark pools and integration runtimes share Microsoft's multi-tenant network and reach data stores over public endpoints; the managed network isolates them and allows managed private endpoints. It can only be chosen when the workspace is created.",
    resourceTypes: ["azure-native:synapse:Workspace"],
    path: "managedVirtualNetwork",
    ok: (v) => typeof v === "string" && v.toLowerCase() === "default",
    unset: { passes: false, meaning: "no managed virtual network" },
    want: 'set it to "default" (only possible when the workspace is created)',
    good: ["default"],
    bad: [""],
    remediation:
      'Create the workspace with managedVirtualNetwork: "default" and managedVirtualNetworkSettings.preventDataExfiltration: true (Checkov CKV_AZURE_58).',
    tags: ["network", "isolation"],
    base: { resourceGroupName: "rg", identity: { type: "SystemAssigned" } },
    frameworks: { ...NETWORK_EXPOSURE, "nist-800-53-r5": ["SC-7", "SC-7(21)", "AC-4"] },
  }),
);
