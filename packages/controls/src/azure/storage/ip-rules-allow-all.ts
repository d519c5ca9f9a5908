import { defineControl } from "../../model/control";
import { ALLOW_ALL_FRAMEWORKS, ipListCheck } from "../../shared/azure-firewall";
import { withSetting } from "../../shared/azure-setting";

const base = { resourceGroupName: "rg", kind: "StorageV2", sku: { name: "Standard_ZRS" }, networkRuleSet: { defaultAction: "Deny" } };
const withRules = (...values: string[]) => [
  {
    type: "azure-native:storage:StorageAccount",
    props: withSetting(
      base,
      "networkRuleSet.ipRules",
      values.map((v) => ({ iPAddressOrRange: v })),
    ),
  },
];

export const storageIpRulesAllowAll = defineControl({
  id: "azure-storage-ip-rules-allow-all",
  title: "Storage account network IP rules do not admit the internet or all of Azure",
  rationale:
    "A networkRuleSet with defaultAction Deny reads as locked down, but an ipRules entry covering the whole address space re-opens the account to the internet.",
  severity: "high",
  cloud: "azure",
  service: "storage",
  resourceTypes: ["azure-native:storage:StorageAccount"],
  frameworks: ALLOW_ALL_FRAMEWORKS,
  remediation:
    "Remove whole-internet and 0.0.0.0 entries from networkRuleSet.ipRules; list only the client networks' public ranges, or use a private endpoint.",
  enforcementLevel: "mandatory",
  tags: ["network", "public-exposure"],
  check: ipListCheck("networkRuleSet.ipRules", "iPAddressOrRange"),
  examples: {
    compliant: [withRules("203.0.113.0/24"), [{ type: "azure-native:storage:StorageAccount", props: base }]],
    nonCompliant: [withRules("0.0.0.0/0"), withRules("203.0.113.0/24", "0.0.0.0"), withRules("128.0.0.0/1")],
  },
});
