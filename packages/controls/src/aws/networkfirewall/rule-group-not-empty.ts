import { defineControl } from "../../model/control";
import { fail, notApplicable, pass } from "../../model/verdict";
import { listOf } from "../../shared/network";

const RULE_GROUP = "aws:networkfirewall/ruleGroup:RuleGroup";

export const networkfirewallRuleGroupNotEmpty = defineControl({
  id: "aws-networkfirewall-rule-group-not-empty",
  title: "Stateless Network Firewall rule groups contain rules",
  rationale: "An empty stateless rule group is referenced as if it filtered traffic, but every packet falls through to the default action.",
  severity: "low",
  cloud: "aws",
  service: "networkfirewall",
  resourceTypes: [RULE_GROUP],
  frameworks: {
    "aws-fsbp": ["NetworkFirewall.6"],
    "nist-800-53-r5": ["SC-7", "AC-4"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.20"],
  },
  remediation: "Add statelessRules under ruleGroup.rulesSource.statelessRulesAndCustomActions, or remove the group.",
  enforcementLevel: "advisory",
  tags: ["network"],
  check: (r) => {
    if (r.props.type !== "STATELESS") return notApplicable("stateful rule groups are not covered");
    const rules = r.props.ruleGroup?.rulesSource?.statelessRulesAndCustomActions?.statelessRules;
    return listOf(rules).length > 0
      ? pass()
      : fail(
          "ruleGroup.rulesSource.statelessRulesAndCustomActions.statelessRules",
          "the stateless rule group has no rules; add rules or delete it",
        );
  },
  examples: {
    compliant: [
      [
        {
          type: RULE_GROUP,
          props: {
            type: "STATELESS",
            capacity: 10,
            ruleGroup: {
              rulesSource: {
                statelessRulesAndCustomActions: {
                  statelessRules: [
                    {
                      priority: 1,
                      ruleDefinition: {
                        actions: ["aws:drop"],
                        matchAttributes: { protocols: [17], destinationPorts: [{ fromPort: 53, toPort: 53 }] },
                      },
                    },
                  ],
                },
              },
            },
          },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: RULE_GROUP,
          props: {
            type: "STATELESS",
            capacity: 10,
            ruleGroup: { rulesSource: { statelessRulesAndCustomActions: { statelessRules: [] } } },
          },
        },
      ],
    ],
  },
});
