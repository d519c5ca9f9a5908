import { defineControl } from "../../model/control";
import { peek } from "../../model/unknowns";
import { cannotEvaluate, fail, notApplicable, pass } from "../../model/verdict";
import { same } from "../../shared/azure";

const STORAGE = ["azure-native:storage:StorageAccount"];

/** The storage account an activity-log export writes to, correlated through storageAccountId. */
export const activityLogStorageCmk = defineControl({
  id: "azure-monitor-activity-log-storage-cmk",
  title: "Storage accounts receiving activity logs are encrypted with a customer-managed key",
  rationale:
    "The activity-log archive is the control-plane audit trail; a customer-managed key lets the organisation control and audit access to it independently of Microsoft-managed keys.",
  severity: "low",
  cloud: "azure",
  service: "monitor",
  resourceTypes: ["azure-native:monitor:SubscriptionDiagnosticSetting", "azure-native:insights:SubscriptionDiagnosticSetting"],
  frameworks: {
    "cis-azure-6.0": ["6.1.1.3"],
    "cis-azure-3.0": ["6.1.3"],
    "nist-800-53-r5": ["AU-9", "SC-28(1)"],
    soc2: ["CC7.2"],
    "iso27001-2022": ["A.8.15", "A.8.24"],
    "pci-dss-4.0": ["10.3.2"],
  },
  remediation:
    'Set encryption.keySource: "Microsoft.Keyvault" (with keyVaultProperties) on the storage account the activity logs are exported to.',
  enforcementLevel: "advisory",
  tags: ["logging", "encryption-at-rest"],
  correlatedCheck: (setting, stack) => {
    const target = peek(setting.props, "storageAccountId");
    const linked = setting.propertyDependencies.storageAccountId ?? [];
    if (target.known && (target.value === undefined || target.value === null || target.value === ""))
      return notApplicable("the setting does not export to a storage account");
    let accounts = linked.filter((r) => STORAGE.includes(r.type));
    if (accounts.length === 0 && target.known && typeof target.value === "string") {
      const id = target.value.toLowerCase();
      accounts = stack.ofType(STORAGE).filter((a) => {
        const aid = peek(a.props, "id");
        return aid.known && typeof aid.value === "string" && aid.value.toLowerCase() === id;
      });
    }
    if (accounts.length === 0) {
      return target.known
        ? notApplicable("the destination storage account is not in this stack")
        : cannotEvaluate("storageAccountId", `${setting.name}.storageAccountId is unknown`);
    }
    for (const account of accounts) {
      const source = peek(account.props, "encryption.keySource");
      if (!source.known) return cannotEvaluate("encryption.keySource", `${account.name}.encryption.keySource is unknown`);
      if (!same(source.value, "Microsoft.Keyvault")) {
        return fail(
          "storageAccountId",
          `activity logs go to storage account ${account.name}, whose encryption.keySource is ${JSON.stringify(source.value ?? "unset (Microsoft.Storage)")}; use a customer-managed key`,
        );
      }
    }
    return pass();
  },
  examples: {
    compliant: [
      [
        {
          type: "azure-native:monitor:SubscriptionDiagnosticSetting",
          name: "activity",
          props: { storageAccountId: "04da6b54-80e4-46f7-96ec-b56ff0331ba9", logs: [{ categoryGroup: "allLogs", enabled: true }] },
          refs: { storageAccountId: ["archive"] },
        },
        {
          type: "azure-native:storage:StorageAccount",
          name: "archive",
          props: { encryption: { keySource: "Microsoft.Keyvault", keyVaultProperties: { keyName: "k" } } },
        },
      ],
      [
        {
          type: "azure-native:monitor:SubscriptionDiagnosticSetting",
          name: "activity",
          props: { workspaceId: "/law", logs: [{ categoryGroup: "allLogs", enabled: true }] },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "azure-native:monitor:SubscriptionDiagnosticSetting",
          name: "activity",
          props: { storageAccountId: "04da6b54-80e4-46f7-96ec-b56ff0331ba9" },
          refs: { storageAccountId: ["archive"] },
        },
        { type: "azure-native:storage:StorageAccount", name: "archive", props: { encryption: { keySource: "Microsoft.Storage" } } },
      ],
    ],
  },
});
