import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { listOf } from "../../shared/network";

const TYPES = [
  "aws:waf/rule:Rule",
  "aws:wafregional/rule:Rule",
  "aws:waf/rateBasedRule:RateBasedRule",
  "aws:wafregional/rateBasedRule:RateBasedRule",
];

export const wafClassicRuleHasConditions = defineControl({
  id: "aws-waf-classic-rule-has-conditions",
  title: "WAF Classic rules have at least one condition",
  rationale: "A rule without conditions (predicates) matches nothing, so the traffic it was written to stop passes.",
  severity: "low",
  cloud: "aws",
  service: "waf",
  resourceTypes: TYPES,
  frameworks: {
    "aws-fsbp": ["WAF.2", "WAF.6"],
    "nist-800-53-r5": ["SC-7", "SI-4"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.20"],
  },
  remediation: "Add predicates (IP set, byte match, SQL injection, XSS …) to the rule, or migrate to WAFv2.",
  enforcementLevel: "advisory",
  tags: ["network", "edge"],
  check: (r) =>
    listOf(r.props.predicates).length > 0 ? pass() : fail("predicates", "the rule has no predicates; add a condition or delete the rule"),
  examples: {
    compliant: [
      [{ type: "aws:waf/rule:Rule", props: { metricName: "ips", predicates: [{ dataId: "ipset-1", negated: false, type: "IPMatch" }] } }],
    ],
    nonCompliant: [[{ type: "aws:wafregional/rule:Rule", props: { metricName: "empty" } }]],
  },
});
