import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { objectOf } from "../../shared/azure";
import { azurePolicy } from "../../shared/azure-policy";

export const storageTrustedServicesBypass = defineControl({
  id: "azure-storage-trusted-services-bypass",
  title: "Storage account firewalls let trusted Microsoft services through",
  rationale:
    "Backup, Defender, Event Grid and diagnostic logging reach storage from networks that cannot be listed in firewall rules; without the AzureServices bypass a locked-down account silently loses them.",
  severity: "low",
  cloud: "azure",
  service: "storage",
  resourceTypes: ["azure-native:storage:StorageAccount"],
  frameworks: {
    "cis-azure-6.0": ["9.3.5"],
    "cis-azure-3.0": ["4.8"],
    "nist-800-53-r5": ["SC-7", "AU-12"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.20"],
  },
  remediation: 'Include AzureServices in networkRuleSet.bypass (e.g. bypass: "AzureServices" or "Logging, Metrics, AzureServices").',
  enforcementLevel: "advisory",
  tags: ["network"],
  check: (r) => {
    const rules = objectOf(r.props.networkRuleSet);
    if (!rules) return pass(); // no firewall: nothing to bypass
    const bypass = rules.bypass;
    // The service default is "AzureServices".
    if (bypass === undefined || bypass === null) return pass();
    return typeof bypass === "string" && bypass.toLowerCase().includes("azureservices")
      ? pass()
      : fail("networkRuleSet.bypass", `networkRuleSet.bypass is ${JSON.stringify(bypass)}; include "AzureServices"`);
  },
  remediate: (r) => {
    const rules = objectOf(r.props.networkRuleSet);
    const bypass = rules?.bypass;
    if (!rules || bypass === undefined || bypass === null || (typeof bypass === "string" && bypass.toLowerCase().includes("azureservices")))
      return undefined;
    const rest = typeof bypass === "string" && bypass.trim() !== "" && bypass.trim().toLowerCase() !== "none" ? `${bypass}, ` : "";
    return { ...r.props, networkRuleSet: { ...rules, bypass: `${rest}AzureServices` } };
  },
  preventive: [
    azurePolicy({
      name: "palisade-storage-trusted-services",
      displayName: "Storage account firewalls must allow trusted Microsoft services",
      description:
        "Denies storage account firewalls that leave out the AzureServices bypass (Palisade control azure-storage-trusted-services-bypass).",
      nonCompliantWhen: {
        allOf: [
          { field: "type", equals: "Microsoft.Storage/storageAccounts" },
          { field: "Microsoft.Storage/storageAccounts/networkAcls.bypass", exists: "true" },
          { field: "Microsoft.Storage/storageAccounts/networkAcls.bypass", notContains: "AzureServices" },
        ],
      },
    }),
  ],
  examples: {
    compliant: [
      [
        {
          type: "azure-native:storage:StorageAccount",
          props: { networkRuleSet: { defaultAction: "Deny", bypass: "Logging, AzureServices" } },
        },
      ],
      [{ type: "azure-native:storage:StorageAccount", props: {} }],
    ],
    nonCompliant: [[{ type: "azure-native:storage:StorageAccount", props: { networkRuleSet: { defaultAction: "Deny", bypass: "None" } } }]],
  },
});
