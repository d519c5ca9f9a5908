import { defineControl } from "../../model/control";
import { ALLOW_ALL_FRAMEWORKS, rangeRuleCheck } from "../../shared/azure-firewall";
import { azurePolicy } from "../../shared/azure-policy";

const rule = (startIP: string, endIP: string) => [
  { type: "azure-native:redis:FirewallRule", props: { cacheName: "cache", resourceGroupName: "rg", startIP, endIP } },
];

export const redisFirewallAllowAll = defineControl({
  id: "azure-redis-firewall-allow-all",
  title: "Azure Cache for Redis firewall rules do not admit the internet or all of Azure",
  rationale:
    "A Redis firewall rule spanning the address space, or starting at 0.0.0.0, makes the cache's endpoint reachable to anyone holding (or guessing) an access key.",
  severity: "critical",
  cloud: "azure",
  service: "redis",
  resourceTypes: ["azure-native:redis:FirewallRule", "azure-native:redis:RedisFirewallRule", "azure-native:cache:FirewallRule"],
  frameworks: ALLOW_ALL_FRAMEWORKS,
  remediation: "Remove the rule; use a private endpoint, or list only the client networks' public ranges.",
  enforcementLevel: "mandatory",
  tags: ["network", "public-exposure", "database"],
  check: rangeRuleCheck("startIP", "endIP"),
  preventive: [
    azurePolicy({
      name: "palisade-redis-firewall-allow-all",
      displayName: "Azure Cache for Redis firewall rules must not admit the internet or all of Azure",
      description:
        "Denies Redis firewall rules starting at 0.0.0.0 or ending at 255.255.255.255 (Palisade control azure-redis-firewall-allow-all).",
      mode: "All",
      nonCompliantWhen: {
        allOf: [
          { field: "type", equals: "Microsoft.Cache/Redis/firewallRules" },
          {
            anyOf: [
              { field: "Microsoft.Cache/Redis/firewallRules/startIP", equals: "0.0.0.0" },
              { field: "Microsoft.Cache/Redis/firewallRules/endIP", equals: "255.255.255.255" },
            ],
          },
        ],
      },
    }),
  ],
  examples: {
    compliant: [rule("203.0.113.10", "203.0.113.20")],
    nonCompliant: [rule("0.0.0.0", "255.255.255.255"), rule("0.0.0.0", "0.0.0.0"), rule("1.0.0.0", "254.255.255.255")],
  },
});
