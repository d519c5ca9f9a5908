import { defineControl } from "../../model/control";
import { failAll, type Violation } from "../../model/verdict";
import { objectOf } from "../../shared/azure";
import { azurePolicy } from "../../shared/azure-policy";
import { objectsOf } from "../../shared/network";

export const vmManagedDisks = defineControl({
  id: "azure-compute-vm-managed-disks",
  title: "Virtual machines use managed disks",
  rationale:
    "Unmanaged VHDs live as page blobs in storage accounts the team manages, with account keys, network rules and encryption to get right; managed disks are encrypted by default and isolated from the data plane.",
  severity: "medium",
  cloud: "azure",
  service: "compute",
  resourceTypes: ["azure-native:compute:VirtualMachine"],
  frameworks: {
    "cis-azure-3.0": ["8.2"],
    "nist-800-53-r5": ["SC-28", "CM-6"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["3.5.1"],
    hipaa: ["164.312(a)(2)(iv)"],
  },
  remediation:
    "Use storageProfile.osDisk.managedDisk (and managedDisk on data disks) instead of vhd; migrate existing VMs with ConvertTo-AzVMManagedDisk.",
  enforcementLevel: "mandatory",
  tags: ["encryption-at-rest", "compute"],
  check: (r) => {
    const storage = objectOf(r.props.storageProfile);
    const violations: Violation[] = [];
    if (objectOf(objectOf(storage?.osDisk)?.vhd)) {
      violations.push({
        property: "storageProfile.osDisk.vhd",
        message: "the OS disk is an unmanaged VHD (storageProfile.osDisk.vhd); use a managed disk",
      });
    }
    objectsOf(storage?.dataDisks).forEach((d, i) => {
      if (objectOf(d.vhd))
        violations.push({
          property: `storageProfile.dataDisks[${i}].vhd`,
          message: `data disk ${d.name ?? i} is an unmanaged VHD; use a managed disk`,
        });
    });
    return failAll(violations);
  },
  preventive: [
    azurePolicy({
      name: "palisade-vm-managed-disks",
      displayName: "Virtual machines must use managed disks",
      description: "Denies virtual machines with an unmanaged OS disk (Palisade control azure-compute-vm-managed-disks).",
      nonCompliantWhen: {
        allOf: [
          { field: "type", equals: "Microsoft.Compute/virtualMachines" },
          { field: "Microsoft.Compute/virtualMachines/osDisk.uri", exists: "true" },
        ],
      },
    }),
  ],
  examples: {
    compliant: [
      [
        {
          type: "azure-native:compute:VirtualMachine",
          props: { storageProfile: { osDisk: { createOption: "FromImage", managedDisk: { storageAccountType: "Premium_LRS" } } } },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "azure-native:compute:VirtualMachine",
          props: {
            storageProfile: { osDisk: { createOption: "FromImage", vhd: { uri: "https://legacy.blob.core.windows.net/vhds/os.vhd" } } },
          },
        },
      ],
    ],
  },
});
