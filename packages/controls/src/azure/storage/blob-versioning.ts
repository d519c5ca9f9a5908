import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { azurePolicy } from "../../shared/azure-policy";

export const storageBlobVersioning = defineControl({
  id: "azure-storage-blob-versioning",
  title: "Blob services keep previous versions of blobs",
  rationale: "Versioning keeps every overwritten state of a blob, so data encrypted or corrupted in place (ransomware) can be restored.",
  severity: "low",
  cloud: "azure",
  service: "storage",
  resourceTypes: ["azure-native:storage:BlobServiceProperties"],
  frameworks: {
    "cis-azure-6.0": ["9.2.3"],
    "nist-800-53-r5": ["CP-9", "SI-7(a)"],
    soc2: ["A1.2"],
    "iso27001-2022": ["A.8.13"],
    hipaa: ["164.308(a)(7)(ii)(A)", "164.312(c)(1)"],
  },
  remediation: "Set isVersioningEnabled: true, with a lifecycle rule that expires old versions.",
  enforcementLevel: "advisory",
  tags: ["resilience", "data-protection"],
  check: (r) =>
    r.props.isVersioningEnabled === true
      ? pass()
      : fail(
          "isVersioningEnabled",
          `isVersioningEnabled is ${JSON.stringify(r.props.isVersioningEnabled ?? "unset (false)")}; set it to true`,
        ),
  preventive: [
    azurePolicy({
      name: "palisade-storage-blob-versioning",
      displayName: "Blob services must keep previous versions of blobs",
      description: "Denies blob service settings that turn blob versioning off (Palisade control azure-storage-blob-versioning).",
      mode: "All",
      nonCompliantWhen: {
        allOf: [
          { field: "type", equals: "Microsoft.Storage/storageAccounts/blobServices" },
          { field: "Microsoft.Storage/storageAccounts/blobServices/isVersioningEnabled", notEquals: "true" },
        ],
      },
    }),
  ],
  examples: {
    compliant: [[{ type: "azure-native:storage:BlobServiceProperties", props: { isVersioningEnabled: true } }]],
    nonCompliant: [
      [{ type: "azure-native:storage:BlobServiceProperties", props: { isVersioningEnabled: false } }],
      [{ type: "azure-native:storage:BlobServiceProperties", props: {} }],
    ],
  },
});
