import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { listOf } from "../../shared/network";

const TYPES = ["aws:waf/ruleGroup:RuleGroup", "aws:wafregional/ruleGroup:RuleGroup"];

export const wafClassicRuleGroupHasRules = defineControl({
  id: "aws-waf-classic-rule-group-has-rules",
  title: "WAF Classic rule groups contain at least one rule",
  rationale: "An empty rule group referenced from a web ACL inspects nothing while appearing to.",
  severity: "low",
  cloud: "aws",
  service: "waf",
  resourceTypes: TYPES,
  frameworks: {
    "aws-fsbp": ["WAF.3", "WAF.7"],
    "nist-800-53-r5": ["SC-7", "SI-4"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.20"],
  },
  remediation: "Add activatedRules to the group, or delete it (and migrate to WAFv2).",
  enforcementLevel: "advisory",
  tags: ["network", "edge"],
  check: (r) =>
    listOf(r.props.activatedRules).length > 0
      ? pass()
      : fail("activatedRules", "the rule group has no activatedRules; add rules or delete it"),
  examples: {
    compliant: [
      [
        {
          type: "aws:waf/ruleGroup:RuleGroup",
          props: { metricName: "g", activatedRules: [{ action: { type: "BLOCK" }, priority: 1, ruleId: "r-1" }] },
        },
      ],
    ],
    nonCompliant: [[{ type: "aws:wafregional/ruleGroup:RuleGroup", props: { metricName: "g" } }]],
  },
});
