import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { objectOf } from "../../shared/azure";

export const vmManagedIdentity = defineControl({
  id: "azure-compute-vm-managed-identity",
  title: "Virtual machines use a managed identity",
  rationale:
    "A managed identity gives the VM Entra ID tokens for Key Vault, storage and databases without credentials on disk; without it, teams fall back to secrets in configuration files.",
  severity: "low",
  cloud: "azure",
  service: "compute",
  resourceTypes: ["azure-native:compute:VirtualMachine", "azure-native:compute:VirtualMachineScaleSet"],
  frameworks: {
    "nist-800-53-r5": ["IA-5", "IA-2"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.5.17", "A.8.5"],
    "pci-dss-4.0": ["8.6.3"],
  },
  remediation:
    'Set identity: { type: "SystemAssigned" } (or "UserAssigned" with userAssignedIdentities) and grant it the roles the workload needs.',
  enforcementLevel: "advisory",
  tags: ["identity", "compute"],
  check: (r) => {
    const type = objectOf(r.props.identity)?.type;
    return typeof type === "string" && type.toLowerCase() !== "none" && type !== ""
      ? pass()
      : fail("identity.type", `identity.type is ${JSON.stringify(type ?? "unset")}; assign a system- or user-assigned managed identity`);
  },
  examples: {
    compliant: [[{ type: "azure-native:compute:VirtualMachine", props: { identity: { type: "SystemAssigned" } } }]],
    nonCompliant: [
      [{ type: "azure-native:compute:VirtualMachine", props: {} }],
      [{ type: "azure-native:compute:VirtualMachineScaleSet", props: { identity: { type: "None" } } }],
    ],
  },
});
