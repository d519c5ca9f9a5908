import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { listOf } from "../../shared/network";
import { FIREWALL_POLICY } from "./stateless-actions";

export const networkfirewallPolicyHasRuleGroups = defineControl({
  id: "aws-networkfirewall-policy-has-rule-groups",
  title: "Network Firewall policies reference at least one rule group",
  rationale:
    "A policy without rule groups inspects nothing: the firewall only applies its default actions, which looks like protection but filters no threat.",
  severity: "medium",
  cloud: "aws",
  service: "networkfirewall",
  resourceTypes: [FIREWALL_POLICY],
  frameworks: {
    "aws-fsbp": ["NetworkFirewall.3"],
    "nist-800-53-r5": ["SC-7", "AC-4"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.20"],
    "pci-dss-4.0": ["1.3.1"],
  },
  remediation: "Add statefulRuleGroupReferences (and/or statelessRuleGroupReferences) to firewallPolicy.",
  enforcementLevel: "advisory",
  tags: ["network"],
  check: (r) => {
    const policy = r.props.firewallPolicy;
    return listOf(policy?.statefulRuleGroupReferences).length + listOf(policy?.statelessRuleGroupReferences).length > 0
      ? pass()
      : fail(
          "firewallPolicy.statefulRuleGroupReferences",
          "the policy references no rule group; add stateful or stateless rule group references",
        );
  },
  examples: {
    compliant: [
      [
        {
          type: FIREWALL_POLICY,
          props: {
            firewallPolicy: {
              statelessDefaultActions: ["aws:forward_to_sfe"],
              statelessFragmentDefaultActions: ["aws:forward_to_sfe"],
              statelessRuleGroupReferences: [{ priority: 10, resourceArn: "arn:aws:network-firewall:eu-west-1:1:stateless-rulegroup/x" }],
            },
          },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: FIREWALL_POLICY,
          props: {
            firewallPolicy: { statelessDefaultActions: ["aws:forward_to_sfe"], statelessFragmentDefaultActions: ["aws:forward_to_sfe"] },
          },
        },
      ],
    ],
  },
});
