import { defineControl } from "../../model/control";
import { fail, notApplicable, pass } from "../../model/verdict";
import { objectOf } from "../../shared/azure";
import { azurePolicy } from "../../shared/azure-policy";

const DEFAULT_MAX_DAYS = 90;

export const storageKeyExpirationPolicy = defineControl({
  id: "azure-storage-key-expiration-policy",
  title: "Storage accounts that allow account keys have a key expiration policy",
  rationale:
    "A key expiration policy raises rotation reminders and flags stale account keys; keys that are never rotated stay valid for as long as anyone has a copy.",
  severity: "medium",
  cloud: "azure",
  service: "storage",
  resourceTypes: ["azure-native:storage:StorageAccount"],
  frameworks: {
    "cis-azure-6.0": ["9.3.1.1", "9.3.1.2"],
    "cis-azure-3.0": ["4.3", "4.4"],
    "nist-800-53-r5": ["IA-5", "SC-12"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.5.17", "A.8.24"],
    "pci-dss-4.0": ["3.6.1", "3.7.4"],
  },
  remediation:
    "Set keyPolicy: { keyExpirationPeriodInDays: 90 } (or fewer) and rotate the keys when reminded, or disable shared keys altogether (allowSharedKeyAccess: false).",
  enforcementLevel: "advisory",
  tags: ["key-management"],
  configSchema: {
    maxDays: { type: "integer", minimum: 1, default: DEFAULT_MAX_DAYS, description: "Longest acceptable key expiration period, in days." },
  },
  check: (r, ctx) => {
    if (r.props.allowSharedKeyAccess === false) return notApplicable("shared key access is disabled, so account keys are never used");
    const max = typeof ctx.settings.maxDays === "number" ? ctx.settings.maxDays : DEFAULT_MAX_DAYS;
    const days = objectOf(r.props.keyPolicy)?.keyExpirationPeriodInDays;
    if (typeof days === "number" && days >= 1 && days <= max) return pass();
    return fail(
      "keyPolicy.keyExpirationPeriodInDays",
      `keyPolicy.keyExpirationPeriodInDays is ${JSON.stringify(days ?? "unset")}; set it to ${max} or fewer (or disable shared keys)`,
    );
  },
  preventive: [
    azurePolicy({
      name: "palisade-storage-key-expiration-policy",
      displayName: "Storage accounts that allow account keys must have a key expiration policy",
      description:
        "Denies storage accounts that allow shared keys without a key expiration period of 90 days or fewer (Palisade control azure-storage-key-expiration-policy).",
      nonCompliantWhen: {
        allOf: [
          { field: "type", equals: "Microsoft.Storage/storageAccounts" },
          { field: "Microsoft.Storage/storageAccounts/allowSharedKeyAccess", notEquals: "false" },
          {
            anyOf: [
              { field: "Microsoft.Storage/storageAccounts/keyPolicy.keyExpirationPeriodInDays", exists: "false" },
              { field: "Microsoft.Storage/storageAccounts/keyPolicy.keyExpirationPeriodInDays", greater: DEFAULT_MAX_DAYS },
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
          type: "azure-native:storage:StorageAccount",
          props: { allowSharedKeyAccess: true, keyPolicy: { keyExpirationPeriodInDays: 60 } },
        },
      ],
      [{ type: "azure-native:storage:StorageAccount", props: { allowSharedKeyAccess: false } }],
    ],
    nonCompliant: [
      [{ type: "azure-native:storage:StorageAccount", props: { keyPolicy: { keyExpirationPeriodInDays: 365 } } }],
      [{ type: "azure-native:storage:StorageAccount", props: { allowSharedKeyAccess: true } }],
    ],
  },
});
