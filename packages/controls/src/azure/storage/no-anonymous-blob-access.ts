import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { azurePolicy } from "../../shared/azure-policy";

export const storageNoAnonymousBlobAccess = defineControl({
  id: "azure-storage-no-anonymous-blob-access",
  title: "Storage accounts disallow anonymous blob access",
  rationale: "When anonymous access is allowed, one container set to public exposes its blobs to anyone with the URL.",
  severity: "high",
  cloud: "azure",
  service: "storage",
  resourceTypes: ["azure-native:storage:StorageAccount"],
  frameworks: {
    "cis-azure-6.0": ["9.3.8"],
    "cis-azure-3.0": ["4.17"],
    "nist-800-53-r5": ["AC-3", "AC-6", "SC-7"],
    soc2: ["CC6.1", "CC6.6"],
    "iso27001-2022": ["A.5.15", "A.8.3"],
    "pci-dss-4.0": ["7.2.1"],
    hipaa: ["164.312(a)(1)"],
  },
  remediation: "Set allowBlobPublicAccess: false.",
  enforcementLevel: "mandatory",
  tags: ["public-exposure", "data-protection"],
  // The Storage API (2023-01-01 and later; azure-native 3.x uses 2024-01-01) reads an absent
  // allowBlobPublicAccess as false, so only an explicit true fails.
  check: (r) =>
    r.props.allowBlobPublicAccess === true
      ? fail(
          "allowBlobPublicAccess",
          "allowBlobPublicAccess is true, so any container set to public serves its blobs anonymously; set it to false",
        )
      : pass(),
  remediate: (r) => (r.props.allowBlobPublicAccess !== true ? undefined : { ...r.props, allowBlobPublicAccess: false }),
  preventive: [
    azurePolicy({
      name: "palisade-storage-no-anonymous-blob",
      displayName: "Storage accounts must disallow anonymous blob access",
      description: "Denies storage accounts that allow public blob access (Palisade control azure-storage-no-anonymous-blob-access).",
      nonCompliantWhen: {
        allOf: [
          { field: "type", equals: "Microsoft.Storage/storageAccounts" },
          // Absent is false on every current Storage API version.
          { field: "Microsoft.Storage/storageAccounts/allowBlobPublicAccess", equals: "true" },
        ],
      },
    }),
  ],
  response: [
    {
      runbook: "azure-disable-storage-public-access",
      trigger: "Event Grid Microsoft.Resources.ResourceWriteSuccess for Microsoft.Storage/storageAccounts/write",
      action: "Microsoft.Storage/storageAccounts PATCH allowBlobPublicAccess=false",
      kind: "remediate",
    },
  ],
  examples: {
    compliant: [
      [{ type: "azure-native:storage:StorageAccount", props: { allowBlobPublicAccess: false } }],
      [{ type: "azure-native:storage:StorageAccount", props: {} }],
    ],
    nonCompliant: [[{ type: "azure-native:storage:StorageAccount", props: { allowBlobPublicAccess: true } }]],
  },
});
