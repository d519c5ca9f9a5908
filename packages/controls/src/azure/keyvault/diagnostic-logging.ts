import { defineControl } from "../../model/control";
import { diagnosticLogsVerdict, oneOf } from "../../shared/azure";

export const keyVaultDiagnosticLogging = defineControl({
  id: "azure-keyvault-diagnostic-logging",
  title: "Key vaults send audit logs to a diagnostic destination",
  rationale:
    "Key Vault audit events record who read which secret or used which key; without a diagnostic setting they are not kept anywhere and misuse goes unseen.",
  severity: "medium",
  cloud: "azure",
  service: "keyvault",
  resourceTypes: ["azure-native:keyvault:Vault"],
  frameworks: {
    "cis-azure-6.0": ["6.1.1.4"],
    "cis-azure-3.0": ["6.1.4"],
    "nist-800-53-r5": ["AU-2", "AU-3", "AU-12", "AU-6"],
    soc2: ["CC7.2"],
    "iso27001-2022": ["A.8.15", "A.8.16"],
    "pci-dss-4.0": ["10.2.1", "10.2.2"],
    hipaa: ["164.312(b)"],
  },
  remediation:
    'Add a monitor.DiagnosticSetting with resourceUri set to the vault id, logs: [{ categoryGroup: "audit", enabled: true }] and a workspaceId (or storage account / event hub).',
  // Often deployed by the platform (a DeployIfNotExists policy) rather than by the team's own stack.
  enforcementLevel: "advisory",
  tags: ["logging", "key-management"],
  correlatedCheck: (vault, stack) =>
    diagnosticLogsVerdict(vault, stack, {
      noun: "key vault",
      logs: "the audit category group (or AuditEvent)",
      accepts: (l) => oneOf(l.categoryGroup, ["audit", "allLogs"]) || oneOf(l.category, ["AuditEvent"]),
    }),
  examples: {
    compliant: [
      [
        { type: "azure-native:keyvault:Vault", name: "kv", props: { properties: { tenantId: "t" } } },
        {
          type: "azure-native:monitor:DiagnosticSetting",
          name: "kv-diag",
          props: {
            resourceUri: "04da6b54-80e4-46f7-96ec-b56ff0331ba9",
            workspaceId: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/law",
            logs: [{ categoryGroup: "audit", enabled: true }],
          },
          refs: { resourceUri: ["kv"] },
        },
      ],
    ],
    nonCompliant: [
      [{ type: "azure-native:keyvault:Vault", name: "kv", props: { properties: { tenantId: "t" } } }],
      [
        { type: "azure-native:keyvault:Vault", name: "kv", props: { properties: { tenantId: "t" } } },
        {
          type: "azure-native:insights:DiagnosticSetting",
          name: "kv-metrics",
          props: {
            resourceUri: "04da6b54-80e4-46f7-96ec-b56ff0331ba9",
            workspaceId: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/law",
            logs: [{ categoryGroup: "audit", enabled: false }],
            metrics: [{ category: "AllMetrics", enabled: true }],
          },
          refs: { resourceUri: ["kv"] },
        },
      ],
    ],
  },
});
