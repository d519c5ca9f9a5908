import { defineControl } from "../../model/control";
import { failAll, type Violation } from "../../model/verdict";
import { objectOf } from "../../shared/azure";
import { azurePolicy } from "../../shared/azure-policy";

const DEFAULT_MIN_DAYS = 7;

export const storageBlobSoftDelete = defineControl({
  id: "azure-storage-blob-soft-delete",
  title: "Blob services keep deleted blobs and containers (soft delete)",
  rationale:
    "Soft delete lets deleted or overwritten blobs and whole containers be recovered for the retention period, after a mistake or a destructive attack.",
  severity: "medium",
  cloud: "azure",
  service: "storage",
  resourceTypes: ["azure-native:storage:BlobServiceProperties"],
  frameworks: {
    "cis-azure-6.0": ["9.2.1", "9.2.2"],
    "cis-azure-3.0": ["4.10"],
    "nist-800-53-r5": ["CP-9", "CP-10"],
    soc2: ["A1.2"],
    "iso27001-2022": ["A.8.13"],
    hipaa: ["164.308(a)(7)(ii)(A)"],
  },
  remediation:
    "Set deleteRetentionPolicy: { enabled: true, days: 7 } and containerDeleteRetentionPolicy: { enabled: true, days: 7 } (or longer).",
  enforcementLevel: "advisory",
  tags: ["resilience", "data-protection"],
  configSchema: {
    minDays: {
      type: "integer",
      minimum: 1,
      maximum: 365,
      default: DEFAULT_MIN_DAYS,
      description: "Shortest acceptable retention, in days.",
    },
  },
  check: (r, ctx) => {
    const min = typeof ctx.settings.minDays === "number" ? ctx.settings.minDays : DEFAULT_MIN_DAYS;
    const violations: Violation[] = [];
    for (const key of ["deleteRetentionPolicy", "containerDeleteRetentionPolicy"]) {
      const policy = objectOf(r.props[key]);
      if (policy?.enabled !== true) {
        violations.push({
          property: `${key}.enabled`,
          message: `${key}.enabled is ${JSON.stringify(policy?.enabled ?? "unset (false)")}; set it to true`,
        });
      } else if (typeof policy.days === "number" && policy.days < min) {
        violations.push({ property: `${key}.days`, message: `${key}.days is ${policy.days}; keep deleted data for at least ${min} days` });
      }
    }
    return failAll(violations);
  },
  preventive: [
    azurePolicy({
      name: "palisade-storage-blob-soft-delete",
      displayName: "Blob services must keep deleted blobs and containers",
      description: "Denies blob service settings without blob and container soft delete (Palisade control azure-storage-blob-soft-delete).",
      mode: "All",
      nonCompliantWhen: {
        allOf: [
          { field: "type", equals: "Microsoft.Storage/storageAccounts/blobServices" },
          {
            anyOf: [
              { field: "Microsoft.Storage/storageAccounts/blobServices/deleteRetentionPolicy.enabled", notEquals: "true" },
              { field: "Microsoft.Storage/storageAccounts/blobServices/containerDeleteRetentionPolicy.enabled", notEquals: "true" },
            ],
          },
        ],
      },
    }),
  ],
  examples: {
    compliant: [
      [
        {
          type: "azure-native:storage:BlobServiceProperties",
          props: { deleteRetentionPolicy: { enabled: true, days: 14 }, containerDeleteRetentionPolicy: { enabled: true, days: 7 } },
        },
      ],
    ],
    nonCompliant: [
      [{ type: "azure-native:storage:BlobServiceProperties", props: { deleteRetentionPolicy: { enabled: true, days: 7 } } }],
      [
        {
          type: "azure-native:storage:BlobServiceProperties",
          props: { deleteRetentionPolicy: { enabled: true, days: 1 }, containerDeleteRetentionPolicy: { enabled: true, days: 7 } },
        },
      ],
    ],
  },
});
