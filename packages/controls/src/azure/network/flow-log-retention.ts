import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { objectOf } from "../../shared/azure";
import { azurePolicy } from "../../shared/azure-policy";

const DEFAULT_MIN_DAYS = 90;

export const flowLogRetention = defineControl({
  id: "azure-network-flow-log-retention",
  title: "Flow logs are retained for at least 90 days",
  rationale:
    "Network flow records are how an intrusion's lateral movement and exfiltration are reconstructed; investigations routinely reach back months.",
  severity: "medium",
  cloud: "azure",
  service: "network",
  resourceTypes: ["azure-native:network:FlowLog"],
  frameworks: {
    "cis-azure-6.0": ["7.5", "7.8"],
    "cis-azure-3.0": ["7.5"],
    "nist-800-53-r5": ["AU-11", "AU-12"],
    soc2: ["CC7.2"],
    "iso27001-2022": ["A.8.15"],
    "pci-dss-4.0": ["10.5.1"],
    hipaa: ["164.312(b)"],
  },
  remediation: "Set retentionPolicy: { enabled: true, days: 90 } (or more; 0 keeps logs forever).",
  enforcementLevel: "mandatory",
  tags: ["logging", "network"],
  configSchema: {
    minDays: {
      type: "integer",
      minimum: 1,
      default: DEFAULT_MIN_DAYS,
      description: "Shortest acceptable retention, in days (0 in the resource means forever).",
    },
  },
  check: (r, ctx) => {
    const min = typeof ctx.settings.minDays === "number" ? ctx.settings.minDays : DEFAULT_MIN_DAYS;
    const policy = objectOf(r.props.retentionPolicy);
    if (policy?.enabled !== true) {
      return fail(
        "retentionPolicy.enabled",
        `retentionPolicy.enabled is ${JSON.stringify(policy?.enabled ?? "unset (false)")}; set retentionPolicy: { enabled: true, days: ${min} }`,
      );
    }
    const days = policy.days;
    // 0 days with retention enabled means "keep forever".
    if (typeof days === "number" && (days === 0 || days >= min)) return pass();
    return fail(
      "retentionPolicy.days",
      `retentionPolicy.days is ${JSON.stringify(days ?? "unset")}; keep flow logs for at least ${min} days`,
    );
  },
  preventive: [
    azurePolicy({
      name: "palisade-flow-log-retention",
      displayName: "Flow logs must be retained for at least 90 days",
      description: "Denies flow logs kept for less than 90 days (Palisade control azure-network-flow-log-retention).",
      mode: "All",
      nonCompliantWhen: {
        allOf: [
          { field: "type", equals: "Microsoft.Network/networkWatchers/flowLogs" },
          {
            anyOf: [
              { field: "Microsoft.Network/networkWatchers/flowLogs/retentionPolicy.enabled", notEquals: "true" },
              {
                allOf: [
                  { field: "Microsoft.Network/networkWatchers/flowLogs/retentionPolicy.days", notEquals: 0 },
                  { field: "Microsoft.Network/networkWatchers/flowLogs/retentionPolicy.days", less: DEFAULT_MIN_DAYS },
                ],
              },
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
          type: "azure-native:network:FlowLog",
          props: { enabled: true, targetResourceId: "/nsg", storageId: "/sa", retentionPolicy: { enabled: true, days: 365 } },
        },
      ],
      [
        {
          type: "azure-native:network:FlowLog",
          props: { enabled: true, targetResourceId: "/vnet", storageId: "/sa", retentionPolicy: { enabled: true, days: 0 } },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "azure-native:network:FlowLog",
          props: { enabled: true, targetResourceId: "/nsg", storageId: "/sa", retentionPolicy: { enabled: true, days: 30 } },
        },
      ],
      [{ type: "azure-native:network:FlowLog", props: { enabled: true, targetResourceId: "/nsg", storageId: "/sa" } }],
    ],
  },
});
