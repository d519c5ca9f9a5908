import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { objectOf, same } from "../../shared/azure";
import { azurePolicy } from "../../shared/azure-policy";

export const storageNetworkDefaultDeny = defineControl({
  id: "azure-storage-network-default-deny",
  title: "Storage account firewalls deny by default",
  rationale:
    "With the default network rule set to Allow, the account accepts requests from any network; Deny limits it to the listed networks, IP ranges and private endpoints.",
  severity: "high",
  cloud: "azure",
  service: "storage",
  resourceTypes: ["azure-native:storage:StorageAccount"],
  frameworks: {
    "cis-azure-6.0": ["9.3.2.3"],
    "cis-azure-3.0": ["4.7"],
    "nist-800-53-r5": ["AC-4", "SC-7", "SC-7(5)"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.20", "A.8.22"],
    "pci-dss-4.0": ["1.3.1", "1.4.1"],
    hipaa: ["164.312(e)(1)"],
  },
  remediation:
    'Set networkRuleSet: { defaultAction: "Deny", bypass: "AzureServices", ipRules/virtualNetworkRules as needed }, or publicNetworkAccess: "Disabled".',
  enforcementLevel: "mandatory",
  tags: ["network", "public-exposure"],
  check: (r) => {
    // With public network access disabled the firewall rules never apply.
    if (same(r.props.publicNetworkAccess, "Disabled")) return pass();
    const rules = objectOf(r.props.networkRuleSet);
    const action = rules?.defaultAction;
    return same(action, "Deny")
      ? pass()
      : fail(
          "networkRuleSet.defaultAction",
          `networkRuleSet.defaultAction is ${JSON.stringify(action ?? "unset (Allow)")}; set it to "Deny" and list the networks that need access`,
        );
  },
  preventive: [
    azurePolicy({
      name: "palisade-storage-network-default-deny",
      displayName: "Storage account firewalls must deny by default",
      description:
        "Denies storage accounts whose network rules allow every network by default (Palisade control azure-storage-network-default-deny).",
      nonCompliantWhen: {
        allOf: [
          { field: "type", equals: "Microsoft.Storage/storageAccounts" },
          { field: "Microsoft.Storage/storageAccounts/publicNetworkAccess", notEquals: "Disabled" },
          { field: "Microsoft.Storage/storageAccounts/networkAcls.defaultAction", notEquals: "Deny" },
        ],
      },
      scope: "landing-zones",
    }),
  ],
  examples: {
    compliant: [
      [{ type: "azure-native:storage:StorageAccount", props: { networkRuleSet: { defaultAction: "Deny", bypass: "AzureServices" } } }],
      [{ type: "azure-native:storage:StorageAccount", props: { publicNetworkAccess: "Disabled" } }],
    ],
    nonCompliant: [
      [{ type: "azure-native:storage:StorageAccount", props: { networkRuleSet: { defaultAction: "Allow" } } }],
      [{ type: "azure-native:storage:StorageAccount", props: {} }],
    ],
  },
});
