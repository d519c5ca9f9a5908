import { defineControl } from "../../model/control";
import { ALLOW_ALL_FRAMEWORKS, ipListCheck } from "../../shared/azure-firewall";
import { withSetting } from "../../shared/azure-setting";

const base = { resourceGroupName: "rg", databaseAccountOfferType: "Standard", locations: [{ locationName: "westeurope" }] };
const withRules = (...values: string[]) => [
  {
    type: "azure-native:cosmosdb:DatabaseAccount",
    props: withSetting(
      base,
      "ipRules",
      values.map((v) => ({ ipAddressOrRange: v })),
    ),
  },
];

export const cosmosDbIpRulesAllowAll = defineControl({
  id: "azure-cosmosdb-ip-rules-allow-all",
  title: "Cosmos DB account IP rules do not admit the internet or all of Azure",
  rationale:
    "An ipRules entry of 0.0.0.0 admits requests from every Azure datacenter (any tenant's workloads); a 0.0.0.0/0-style range admits the internet. Either turns the account's firewall into a formality.",
  severity: "high",
  cloud: "azure",
  service: "cosmosdb",
  resourceTypes: ["azure-native:cosmosdb:DatabaseAccount", "azure-native:documentdb:DatabaseAccount"],
  frameworks: ALLOW_ALL_FRAMEWORKS,
  remediation:
    "Remove whole-internet and 0.0.0.0 entries from ipRules; list only the client networks' public ranges, or use a private endpoint.",
  enforcementLevel: "mandatory",
  tags: ["network", "public-exposure"],
  check: ipListCheck("ipRules", "ipAddressOrRange"),
  examples: {
    compliant: [withRules("203.0.113.0/24"), [{ type: "azure-native:cosmosdb:DatabaseAccount", props: base }]],
    nonCompliant: [withRules("0.0.0.0/0"), withRules("203.0.113.0/24", "0.0.0.0"), withRules("128.0.0.0/1")],
  },
});
