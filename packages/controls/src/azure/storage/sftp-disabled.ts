import { defineControl } from "../../model/control";
import { LOCAL_AUTH, settingControl } from "../../shared/azure-setting";

export const storageSftpDisabled = defineControl(
  settingControl({
    id: "azure-storage-sftp-disabled",
    service: "storage",
    noun: "Storage accounts",
    title: "Storage accounts keep the SFTP endpoint off",
    rationale:
      "SFTP authenticates local users with passwords or SSH keys outside Entra ID, with no conditional access, and exposes another listening endpoint; enable it only on accounts built for partner file exchange.",
    resourceTypes: ["azure-native:storage:StorageAccount"],
    path: "isSftpEnabled",
    ok: (v) => v === false,
    unset: { passes: true, meaning: "false" },
    want: "set it to false, or move the file exchange to a dedicated, exempted account",
    good: [false],
    bad: [true],
    remediation:
      "Set isSftpEnabled: false (the default); where SFTP is the business need, use a dedicated account and record an exemption.",
    tags: ["identity", "credentials", "public-exposure"],
    policy: { armType: "Microsoft.Storage/storageAccounts", alias: "Microsoft.Storage/storageAccounts/isSftpEnabled" },
    nonCompliantWhen: { field: "Microsoft.Storage/storageAccounts/isSftpEnabled", equals: "true" },
    base: { resourceGroupName: "rg", kind: "StorageV2", sku: { name: "Standard_ZRS" }, isHnsEnabled: true },
    frameworks: { ...LOCAL_AUTH, "nist-800-53-r5": ["IA-2", "IA-5", "CM-7"] },
  }),
);
