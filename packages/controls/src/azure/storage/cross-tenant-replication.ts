import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { azurePolicy } from "../../shared/azure-policy";

export const storageCrossTenantReplication = defineControl({
  id: "azure-storage-cross-tenant-replication",
  title: "Storage accounts do not replicate objects to other tenants",
  rationale:
    "Cross-tenant object replication copies blobs into an account another Entra tenant controls, outside the organisation's oversight.",
  severity: "medium",
  cloud: "azure",
  service: "storage",
  resourceTypes: ["azure-native:storage:StorageAccount"],
  frameworks: {
    "cis-azure-6.0": ["9.3.7"],
    "cis-azure-3.0": ["4.16"],
    "nist-800-53-r5": ["AC-4", "AC-21"],
    soc2: ["CC6.1", "C1.1"],
    "iso27001-2022": ["A.5.14", "A.8.12"],
    "pci-dss-4.0": ["7.2.1"],
    hipaa: ["164.312(e)(1)"],
  },
  remediation: "Set allowCrossTenantReplication: false (the default for accounts created since December 2023).",
  enforcementLevel: "mandatory",
  tags: ["data-protection"],
  check: (r) =>
    // Unset means the current service default, false.
    r.props.allowCrossTenantReplication === true
      ? fail("allowCrossTenantReplication", "allowCrossTenantReplication is true; set it to false")
      : pass(),
  preventive: [
    azurePolicy({
      name: "palisade-storage-cross-tenant-replication",
      displayName: "Storage accounts must prevent cross-tenant object replication",
      description:
        "Denies storage accounts that allow cross-tenant object replication (Palisade control azure-storage-cross-tenant-replication).",
      nonCompliantWhen: {
        allOf: [
          { field: "type", equals: "Microsoft.Storage/storageAccounts" },
          { field: "Microsoft.Storage/storageAccounts/allowCrossTenantReplication", equals: "true" },
        ],
      },
    }),
  ],
  examples: {
    compliant: [
      [{ type: "azure-native:storage:StorageAccount", props: { allowCrossTenantReplication: false } }],
      [{ type: "azure-native:storage:StorageAccount", props: {} }],
    ],
    nonCompliant: [[{ type: "azure-native:storage:StorageAccount", props: { allowCrossTenantReplication: true } }]],
  },
});
