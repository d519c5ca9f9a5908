import { defineControl } from "../../model/control";
import { ALLOW_ALL_FRAMEWORKS, ipListCheck } from "../../shared/azure-firewall";
import { withSetting } from "../../shared/azure-setting";

const base = {
  resourceGroupName: "rg",
  properties: { tenantId: "t", sku: { family: "A", name: "standard" }, networkAcls: { defaultAction: "Deny" } },
};
const withRules = (...values: string[]) => [
  {
    type: "azure-native:keyvault:Vault",
    props: withSetting(
      base,
      "properties.networkAcls.ipRules",
      values.map((v) => ({ value: v })),
    ),
  },
];

export const keyVaultIpRulesAllowAll = defineControl({
  id: "azure-keyvault-ip-rules-allow-all",
  title: "Key vault network IP rules do not admit the internet or all of Azure",
  rationale:
    "A vault firewall with defaultAction Deny reads as locked down, but an ipRules entry covering the whole address space re-opens key and secret operations to the internet.",
  severity: "high",
  cloud: "azure",
  service: "keyvault",
  resourceTypes: ["azure-native:keyvault:Vault"],
  frameworks: ALLOW_ALL_FRAMEWORKS,
  remediation:
    "Remove whole-internet and 0.0.0.0 entries from properties.networkAcls.ipRules; list only the client networks' public ranges, or use a private endpoint.",
  enforcementLevel: "mandatory",
  tags: ["network", "public-exposure"],
  check: ipListCheck("properties.networkAcls.ipRules", "value"),
  examples: {
    compliant: [withRules("203.0.113.0/24"), [{ type: "azure-native:keyvault:Vault", props: base }]],
    nonCompliant: [withRules("0.0.0.0/0"), withRules("203.0.113.0/24", "0.0.0.0"), withRules("128.0.0.0/1")],
  },
});
