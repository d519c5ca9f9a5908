import { defineControl } from "../../model/control";
import { fail, notApplicable, pass } from "../../model/verdict";
import { objectsOf } from "../../shared/network";

const MANAGEMENT_GROUP = "azure-native:management:ManagementGroup";
const EXPORT_TYPES = ["azure-native:monitor:SubscriptionDiagnosticSetting", "azure-native:insights:SubscriptionDiagnosticSetting"];

export const monitorSubscriptionActivityLogExport = defineControl({
  id: "azure-monitor-subscription-activity-log-export",
  title: "The platform stack exports the subscriptions' activity logs",
  rationale:
    "The activity log is the control-plane audit trail (who changed what, from where) and Azure keeps it for 90 days only; a subscription diagnostic setting keeps it in Log Analytics for as long as investigations need.",
  severity: "medium",
  cloud: "azure",
  service: "monitor",
  resourceTypes: [MANAGEMENT_GROUP, ...EXPORT_TYPES],
  frameworks: {
    "cis-azure-6.0": ["6.1.1.1"],
    "cis-azure-3.0": ["6.1.1"],
    "nist-800-53-r5": ["AU-2", "AU-6", "AU-12"],
    soc2: ["CC7.2"],
    "iso27001-2022": ["A.8.15"],
    "pci-dss-4.0": ["10.2.1"],
    hipaa: ["164.312(b)"],
  },
  remediation:
    "Declare a monitor.SubscriptionDiagnosticSetting per subscription sending every activity-log category to the central workspace (the Palisade Azure landing zone does).",
  enforcementLevel: "mandatory",
  tags: ["logging"],
  stackCheck: (stack) => {
    const groups = stack.ofType([MANAGEMENT_GROUP]);
    if (groups.length === 0) return notApplicable("not a platform (landing-zone) stack: it declares no management group");
    const exports = stack.ofType(EXPORT_TYPES);
    // A setting that enables no log category exports nothing (which categories: azure-monitor-activity-log-categories).
    const exporting = exports.find((e) => objectsOf(e.props.logs).some((l) => l.enabled === true));
    if (exporting) return { ...pass(), subjectUrn: exporting.urn };
    if (exports.length > 0) {
      return {
        ...fail(`${exports[0].name}.logs`, `${exports[0].name} enables no activity-log category; enable them`),
        subjectUrn: exports[0].urn,
      };
    }
    return {
      ...fail(
        "subscriptionDiagnosticSetting",
        "the platform stack declares no subscription diagnostic setting; export each subscription's activity log",
      ),
      subjectUrn: groups[0].urn,
    };
  },
  examples: {
    compliant: [
      [
        { type: MANAGEMENT_GROUP, name: "platform", props: { groupId: "contoso-platform" } },
        { type: EXPORT_TYPES[0], name: "activity", props: { workspaceId: "/law", logs: [{ categoryGroup: "allLogs", enabled: true }] } },
      ],
      [{ type: "azure-native:storage:StorageAccount", name: "team-data", props: { kind: "StorageV2" } }],
    ],
    nonCompliant: [
      [{ type: MANAGEMENT_GROUP, name: "platform", props: { groupId: "contoso-platform" } }],
      [
        { type: MANAGEMENT_GROUP, name: "platform", props: { groupId: "contoso-platform" } },
        { type: EXPORT_TYPES[1], name: "activity", props: { workspaceId: "/law", logs: [{ category: "Administrative", enabled: false }] } },
      ],
    ],
  },
});
