/** Shared by the Network Firewall policy default-action controls. */
import type { ExampleResource } from "../../model/control";
import { fail, pass, type Verdict } from "../../model/verdict";
import { listOf } from "../../shared/network";

export const FIREWALL_POLICY = "aws:networkfirewall/firewallPolicy:FirewallPolicy";
const SAFE = ["aws:drop", "aws:forward_to_sfe"];

/** Passes when the action list sends packets to the stateful engine or drops them (never plain "aws:pass"). */
export function statelessActionsCheck(actions: unknown, property: string): Verdict {
  const list = listOf<unknown>(actions);
  return list.some((a) => typeof a === "string" && SAFE.includes(a))
    ? pass()
    : fail(
        `firewallPolicy.${property}`,
        `firewallPolicy.${property} is ${JSON.stringify(list)}; use ["aws:forward_to_sfe"] (or ["aws:drop"]) so unmatched packets are inspected or dropped`,
      );
}

export function policyExample(statelessDefaultActions: string[], statelessFragmentDefaultActions: string[]): ExampleResource[] {
  return [
    {
      type: FIREWALL_POLICY,
      props: {
        firewallPolicy: {
          statelessDefaultActions,
          statelessFragmentDefaultActions,
          statefulRuleGroupReferences: [{ resourceArn: "arn:aws:network-firewall:eu-west-1:1:stateful-rulegroup/egress" }],
        },
      },
    },
  ];
}
