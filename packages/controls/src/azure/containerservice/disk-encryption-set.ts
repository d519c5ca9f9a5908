import { defineControl } from "../../model/control";
import { settingControl } from "../../shared/azure-setting";

export const aksDiskEncryptionSet = defineControl(
  settingControl({
    id: "azure-containerservice-disk-encryption-set",
    service: "containerservice",
    noun: "AKS clusters",
    title: "AKS node disks are encrypted with a customer-managed key",
    rationale:
      "With a disk encryption set the organisation holds the key to node OS and data disks (container images, emptyDir volumes, logs) and can revoke it; platform-managed keys leave that to Microsoft.",
    severity: "low",
    enforcementLevel: "advisory",
    resourceTypes: ["azure-native:containerservice:ManagedCluster"],
    path: "diskEncryptionSetID",
    ok: (v) => typeof v === "string" && v !== "",
    unset: { passes: false, meaning: "platform-managed keys" },
    want: "set it to a compute.DiskEncryptionSet id backed by a Key Vault key",
    good: ["/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/diskEncryptionSets/aks"],
    bad: [""],
    remediation:
      "Set diskEncryptionSetID to a DiskEncryptionSet whose key lives in a purge-protected Key Vault (Checkov CKV_AZURE_117); it applies to new node pools.",
    tags: ["kubernetes", "encryption-at-rest", "key-management"],
    base: { resourceGroupName: "rg", dnsPrefix: "orders", identity: { type: "SystemAssigned" } },
    frameworks: {
      "nist-800-53-r5": ["SC-28", "SC-12"],
      soc2: ["CC6.1"],
      "iso27001-2022": ["A.8.24"],
      "pci-dss-4.0": ["3.5.1"],
      hipaa: ["164.312(a)(2)(iv)"],
    },
  }),
);
