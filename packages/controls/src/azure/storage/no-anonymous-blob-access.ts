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
  check: (r) =>
    r.props.allowBlobPublicAccess === false
      ? pass()
      : fail(
          "allowBlobPublicAccess",
          `allowBlobPublicAccess is ${JSON.stringify(r.props.allowBlobPublicAccess ?? "unset (older API versions default to true)")}; set it to false`,
        ),
  remediate: (r) => (r.props.allowBlobPublicAccess === false ? undefined : { ...r.props, allowBlobPublicAccess: false }),
  preventive: [
    azurePolicy({
      name: "palisade-storage-no-anonymous-blob",
      displayName: "Storage accounts must disallow anonymous blob access",
      description: "Denies storage accounts that allow public blob access (Palisade control azure-storage-no-anonymous-blob-access).",
      nonCompliantWhen: {
        allOf: [
          { field: "type", equals: "Microsoft.Storage/storageAccounts" },
          {
            anyOf: [
              { field: "Microsoft.Storage/storageAccounts/allowBlobPublicAccess", exists: "false" },
              { field: "Microsoft.Storage/storageAccounts/allowBlobPublicAccess", equals: "true" },
            ],
          },
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
    compliant: [[{ type: "azure-native:storage:StorageAccount", props: { allowBlobPublicAccess: false } }]],
    nonCompliant: [
      [{ type: "azure-native:storage:StorageAccount", props: { allowBlobPublicAccess: true } }],
      [{ type: "azure-native:storage:StorageAccount", props: {} }],
    ],
  },
});
