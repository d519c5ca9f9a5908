import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { objectOf, same } from "../../shared/azure";
import { objectsOf } from "../../shared/network";

export const wafBotProtection = defineControl({
  id: "azure-network-waf-bot-protection",
  title: "Application Gateway WAF policies enable bot protection",
  rationale:
    "The bot manager rule set blocks traffic from known malicious bots (scanners, scrapers, credential stuffers) using Microsoft threat intelligence.",
  severity: "low",
  cloud: "azure",
  service: "network",
  resourceTypes: ["azure-native:network:WebApplicationFirewallPolicy"],
  frameworks: {
    "cis-azure-6.0": ["7.15"],
    "nist-800-53-r5": ["SI-4", "SC-7"],
    soc2: ["CC7.1"],
    "iso27001-2022": ["A.8.7", "A.8.26"],
    "pci-dss-4.0": ["6.4.2"],
  },
  remediation: 'Add { ruleSetType: "Microsoft_BotManagerRuleSet", ruleSetVersion: "1.1" } to managedRules.managedRuleSets.',
  enforcementLevel: "advisory",
  tags: ["waf"],
  check: (r) =>
    objectsOf(objectOf(r.props.managedRules)?.managedRuleSets).some((s) => same(s.ruleSetType, "Microsoft_BotManagerRuleSet"))
      ? pass()
      : fail("managedRules.managedRuleSets", "managedRules.managedRuleSets has no Microsoft_BotManagerRuleSet; add it"),
  examples: {
    compliant: [
      [
        {
          type: "azure-native:network:WebApplicationFirewallPolicy",
          props: {
            managedRules: {
              managedRuleSets: [
                { ruleSetType: "OWASP", ruleSetVersion: "3.2" },
                { ruleSetType: "Microsoft_BotManagerRuleSet", ruleSetVersion: "1.1" },
              ],
            },
          },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "azure-native:network:WebApplicationFirewallPolicy",
          props: { managedRules: { managedRuleSets: [{ ruleSetType: "OWASP", ruleSetVersion: "3.2" }] } },
        },
      ],
    ],
  },
});
