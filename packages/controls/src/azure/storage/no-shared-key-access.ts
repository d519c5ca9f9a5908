import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { azurePolicy } from "../../shared/azure-policy";

export const storageNoSharedKeyAccess = defineControl({
  id: "azure-storage-no-shared-key-access",
  title: "Storage accounts disallow shared key authorization",
  rationale:
    "Account keys grant full control of every service in the account, never expire and leave no identity in the logs; Entra ID authorization is scoped, revocable and audited.",
  severity: "high",
  cloud: "azure",
  service: "storage",
  resourceTypes: ["azure-native:storage:StorageAccount"],
  frameworks: {
    "cis-azure-6.0": ["9.3.1.3"],
    "nist-800-53-r5": ["AC-3", "IA-2", "IA-5"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.5.17", "A.8.5"],
    "pci-dss-4.0": ["8.3.2", "8.6.3"],
    hipaa: ["164.312(d)"],
  },
  remediation:
    "Set allowSharedKeyAccess: false and grant data-plane RBAC roles (Storage Blob Data Reader/Contributor, …) to the identities that need access.",
  enforcementLevel: "mandatory",
  tags: ["identity", "data-protection"],
  check: (r) =>
    r.props.allowSharedKeyAccess === false
      ? pass()
      : fail(
          "allowSharedKeyAccess",
          `allowSharedKeyAccess is ${JSON.stringify(r.props.allowSharedKeyAccess ?? "unset (the service default allows account keys)")}; set it to false and use Entra ID authorization`,
        ),
  preventive: [
    azurePolicy({
      name: "palisade-storage-no-shared-key",
      displayName: "Storage accounts must disallow shared key authorization",
      description: "Denies storage accounts that accept account keys (Palisade control azure-storage-no-shared-key-access).",
      nonCompliantWhen: {
        allOf: [
          { field: "type", equals: "Microsoft.Storage/storageAccounts" },
          {
            anyOf: [
              { field: "Microsoft.Storage/storageAccounts/allowSharedKeyAccess", exists: "false" },
              { field: "Microsoft.Storage/storageAccounts/allowSharedKeyAccess", equals: "true" },
            ],
          },
        ],
      },
    }),
  ],
  examples: {
    compliant: [[{ type: "azure-native:storage:StorageAccount", props: { kind: "StorageV2", allowSharedKeyAccess: false } }]],
    nonCompliant: [
      [{ type: "azure-native:storage:StorageAccount", props: { kind: "StorageV2", allowSharedKeyAccess: true } }],
      [{ type: "azure-native:storage:StorageAccount", props: { kind: "StorageV2" } }],
    ],
  },
});
