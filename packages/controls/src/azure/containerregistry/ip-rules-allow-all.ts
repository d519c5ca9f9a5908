import { defineControl } from "../../model/control";
import { ALLOW_ALL_FRAMEWORKS, ipListCheck } from "../../shared/azure-firewall";
import { withSetting } from "../../shared/azure-setting";

const base = { resourceGroupName: "rg", sku: { name: "Premium" }, networkRuleSet: { defaultAction: "Deny" } };
const withRules = (...values: string[]) => [
  {
    type: "azure-native:containerregistry:Registry",
    props: withSetting(
      base,
      "networkRuleSet.ipRules",
      values.map((v) => ({ iPAddressOrRange: v })),
    ),
  },
];

export const containerRegistryIpRulesAllowAll = defineControl({
  id: "azure-containerregistry-ip-rules-allow-all",
  title: "Container registry network IP rules do not admit the internet or all of Azure",
  rationale:
    "A registry firewall with defaultAction Deny reads as locked down, but an ipRules entry covering the whole address space lets anyone with a token pull (or push) images.",
  severity: "high",
  cloud: "azure",
  service: "containerregistry",
  resourceTypes: ["azure-native:containerregistry:Registry"],
  frameworks: ALLOW_ALL_FRAMEWORKS,
  remediation:
    "Remove whole-internet and 0.0.0.0 entries from networkRuleSet.ipRules; list only the client networks' public ranges, or use a private endpoint.",
  enforcementLevel: "mandatory",
  tags: ["network", "public-exposure"],
  check: ipListCheck("networkRuleSet.ipRules", "iPAddressOrRange"),
  examples: {
    compliant: [withRules("203.0.113.0/24"), [{ type: "azure-native:containerregistry:Registry", props: base }]],
    nonCompliant: [withRules("0.0.0.0/0"), withRules("203.0.113.0/24", "0.0.0.0"), withRules("128.0.0.0/1")],
  },
});
