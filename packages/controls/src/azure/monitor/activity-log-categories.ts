import { defineControl } from "../../model/control";
import { failAll, type Violation } from "../../model/verdict";
import { hasDestination, oneOf } from "../../shared/azure";
import { objectsOf } from "../../shared/network";

/** The categories CIS requires a subscription's activity-log diagnostic setting to capture. */
export const REQUIRED_ACTIVITY_CATEGORIES = ["Administrative", "Alert", "Policy", "Security"] as const;

export const activityLogCategories = defineControl({
  id: "azure-monitor-activity-log-categories",
  title: "Subscription activity-log diagnostic settings capture the security-relevant categories",
  rationale:
    "The activity log keeps 90 days in Azure; exporting Administrative, Alert, Policy and Security events to Log Analytics keeps the control-plane audit trail as long as investigations need it.",
  severity: "medium",
  cloud: "azure",
  service: "monitor",
  resourceTypes: ["azure-native:monitor:SubscriptionDiagnosticSetting", "azure-native:insights:SubscriptionDiagnosticSetting"],
  frameworks: {
    "cis-azure-6.0": ["6.1.1.2"],
    "cis-azure-3.0": ["6.1.2"],
    "nist-800-53-r5": ["AU-2", "AU-12", "AU-6"],
    soc2: ["CC7.2"],
    "iso27001-2022": ["A.8.15", "A.8.16"],
    "pci-dss-4.0": ["10.2.1", "10.2.1.2"],
    hipaa: ["164.312(b)"],
  },
  remediation:
    'Set logs to enable at least Administrative, Alert, Policy and Security (or categoryGroup "allLogs"), with a workspaceId (or storage account / event hub).',
  enforcementLevel: "mandatory",
  tags: ["logging"],
  check: (r) => {
    const enabled = objectsOf(r.props.logs).filter((l) => l.enabled === true);
    const violations: Violation[] = [];
    if (!enabled.some((l) => oneOf(l.categoryGroup, ["allLogs"]))) {
      const missing = REQUIRED_ACTIVITY_CATEGORIES.filter((c) => !enabled.some((l) => oneOf(l.category, [c])));
      if (missing.length > 0)
        violations.push({
          property: "logs",
          message: `logs do not enable ${missing.join(", ")}; enable them (or categoryGroup "allLogs")`,
        });
    }
    if (!hasDestination(r.props)) {
      violations.push({
        property: "workspaceId",
        message: "the setting has no destination; set workspaceId (or a storage account or event hub)",
      });
    }
    return failAll(violations);
  },
  examples: {
    compliant: [
      [
        {
          type: "azure-native:monitor:SubscriptionDiagnosticSetting",
          props: {
            workspaceId: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/law",
            logs: ["Administrative", "Alert", "Policy", "Security", "ServiceHealth"].map((category) => ({ category, enabled: true })),
          },
        },
      ],
      [
        {
          type: "azure-native:monitor:SubscriptionDiagnosticSetting",
          props: { storageAccountId: "/sa", logs: [{ categoryGroup: "allLogs", enabled: true }] },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "azure-native:monitor:SubscriptionDiagnosticSetting",
          props: { workspaceId: "/law", logs: [{ category: "Administrative", enabled: true }] },
        },
      ],
      [{ type: "azure-native:insights:SubscriptionDiagnosticSetting", props: { logs: [{ categoryGroup: "allLogs", enabled: true }] } }],
    ],
  },
});
