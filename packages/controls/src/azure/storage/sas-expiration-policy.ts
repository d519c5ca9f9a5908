import { defineControl } from "../../model/control";
import { fail, notApplicable, pass } from "../../model/verdict";
import { objectOf } from "../../shared/azure";
import { azurePolicy } from "../../shared/azure-policy";
import { num } from "../../shared/text";

const DEFAULT_MAX = "0.01:00:00";

/** "D.HH:MM:SS" (the Storage API's TimeSpan) → seconds; NaN when malformed. */
export function timeSpanSeconds(value: unknown): number {
  if (typeof value !== "string") return Number.NaN;
  const m = /^(?:(\d+)\.)?(\d{1,2}):(\d{2}):(\d{2})$/.exec(value.trim());
  if (!m) return Number.NaN;
  return num(m[1] ?? 0) * 86400 + num(m[2]) * 3600 + num(m[3]) * 60 + num(m[4]);
}

export const storageSasExpirationPolicy = defineControl({
  id: "azure-storage-sas-expiration-policy",
  title: "Storage accounts that allow account keys cap SAS token lifetime",
  rationale:
    "A shared access signature works for anyone who holds it until it expires; an expiration policy flags or blocks long-lived tokens that would otherwise outlive their purpose.",
  severity: "medium",
  cloud: "azure",
  service: "storage",
  resourceTypes: ["azure-native:storage:StorageAccount"],
  frameworks: {
    "cis-azure-3.0": ["4.5"],
    "nist-800-53-r5": ["AC-2(3)", "IA-5"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.5.17"],
    "pci-dss-4.0": ["8.6.3"],
  },
  remediation: 'Set sasPolicy: { sasExpirationPeriod: "0.01:00:00", expirationAction: "Block" } (or "Log"), or disable shared keys.',
  enforcementLevel: "advisory",
  tags: ["identity"],
  configSchema: {
    maxPeriod: {
      type: "string",
      pattern: "^(\\d+\\.)?\\d{1,2}:\\d{2}:\\d{2}$",
      default: DEFAULT_MAX,
      description: "Longest acceptable sasExpirationPeriod (D.HH:MM:SS); CIS recommends one hour.",
    },
  },
  check: (r, ctx) => {
    if (r.props.allowSharedKeyAccess === false)
      return notApplicable("shared key access is disabled, so account-key SAS tokens cannot be issued");
    const configured = timeSpanSeconds(ctx.settings.maxPeriod);
    const max = Number.isNaN(configured) ? timeSpanSeconds(DEFAULT_MAX) : configured;
    const period = objectOf(r.props.sasPolicy)?.sasExpirationPeriod;
    const seconds = timeSpanSeconds(period);
    if (!Number.isNaN(seconds) && seconds > 0 && seconds <= max) return pass();
    return fail(
      "sasPolicy.sasExpirationPeriod",
      `sasPolicy.sasExpirationPeriod is ${JSON.stringify(period ?? "unset")}; set it to ${JSON.stringify(ctx.settings.maxPeriod ?? DEFAULT_MAX)} or shorter`,
    );
  },
  preventive: [
    azurePolicy({
      name: "palisade-storage-sas-expiration-policy",
      displayName: "Storage accounts that allow account keys must have a SAS expiration policy",
      description:
        "Denies storage accounts that allow shared keys without a SAS expiration policy (Palisade control azure-storage-sas-expiration-policy).",
      nonCompliantWhen: {
        allOf: [
          { field: "type", equals: "Microsoft.Storage/storageAccounts" },
          { field: "Microsoft.Storage/storageAccounts/allowSharedKeyAccess", notEquals: "false" },
          { field: "Microsoft.Storage/storageAccounts/sasPolicy", exists: "false" },
        ],
      },
    }),
  ],
  examples: {
    compliant: [
      [
        {
          type: "azure-native:storage:StorageAccount",
          props: { allowSharedKeyAccess: true, sasPolicy: { sasExpirationPeriod: "0.00:30:00", expirationAction: "Block" } },
        },
      ],
      [{ type: "azure-native:storage:StorageAccount", props: { allowSharedKeyAccess: false } }],
    ],
    nonCompliant: [
      [
        {
          type: "azure-native:storage:StorageAccount",
          props: { sasPolicy: { sasExpirationPeriod: "7.00:00:00", expirationAction: "Log" } },
        },
      ],
      [{ type: "azure-native:storage:StorageAccount", props: {} }],
    ],
  },
});
