import { defineControl } from "../../model/control";
import { diagnosticLogsVerdict, oneOf } from "../../shared/azure";

export const databricksDiagnosticLogging = defineControl({
  id: "azure-databricks-diagnostic-logging",
  title: "Databricks workspaces deliver diagnostic logs",
  rationale:
    "Workspace audit logs (accounts, clusters, jobs, notebooks, secrets) are the trail of who did what with the data; they are delivered only through a diagnostic setting.",
  severity: "medium",
  cloud: "azure",
  service: "databricks",
  resourceTypes: ["azure-native:databricks:Workspace"],
  frameworks: {
    "cis-azure-6.0": ["2.1.7"],
    "nist-800-53-r5": ["AU-2", "AU-12"],
    soc2: ["CC7.2"],
    "iso27001-2022": ["A.8.15"],
    "pci-dss-4.0": ["10.2.1"],
    hipaa: ["164.312(b)"],
  },
  remediation:
    'Add a monitor.DiagnosticSetting with resourceUri set to the workspace id and logs: [{ categoryGroup: "allLogs", enabled: true }] to Log Analytics.',
  enforcementLevel: "advisory",
  tags: ["logging", "analytics"],
  correlatedCheck: (workspace, stack) =>
    diagnosticLogsVerdict(workspace, stack, {
      noun: "Databricks workspace",
      logs: "workspace logs (allLogs, audit, or the accounts category)",
      accepts: (l) => oneOf(l.categoryGroup, ["allLogs", "audit"]) || oneOf(l.category, ["accounts"]),
    }),
  examples: {
    compliant: [
      [
        { type: "azure-native:databricks:Workspace", name: "dbw", props: {} },
        {
          type: "azure-native:monitor:DiagnosticSetting",
          name: "dbw-diag",
          props: {
            resourceUri: "04da6b54-80e4-46f7-96ec-b56ff0331ba9",
            workspaceId: "/law",
            logs: [{ categoryGroup: "allLogs", enabled: true }],
          },
          refs: { resourceUri: ["dbw"] },
        },
      ],
    ],
    nonCompliant: [[{ type: "azure-native:databricks:Workspace", name: "dbw", props: {} }]],
  },
});
