import { defineControl } from "../../model/control";
import { publicPolicyCheck } from "../../shared/resource-policy";

export const eventsBusPolicyNotPublic = defineControl({
  id: "aws-events-bus-policy-not-public",
  title: "EventBridge event bus policies do not allow public access",
  rationale:
    'An event bus policy for Principal "*" lets any AWS account put events on the bus, triggering the rules and targets behind it.',
  severity: "high",
  cloud: "aws",
  service: "events",
  resourceTypes: ["aws:cloudwatch/eventBusPolicy:EventBusPolicy"],
  frameworks: {
    "cis-aws-7.0": ["2.21"],
    "aws-fsbp": ["EventBridge.3"],
    "nist-800-53-r5": ["AC-3", "AC-21", "SC-7"],
    soc2: ["CC6.1", "CC6.6"],
    "iso27001-2022": ["A.5.15"],
    "pci-dss-4.0": ["7.2.1"],
  },
  remediation: 'Name the sending accounts, or keep Principal "*" only with an aws:PrincipalOrgID condition.',
  enforcementLevel: "mandatory",
  tags: ["public-exposure"],
  check: publicPolicyCheck(["policy"]),
  examples: {
    compliant: [
      [
        {
          type: "aws:cloudwatch/eventBusPolicy:EventBusPolicy",
          props: {
            eventBusName: "central",
            policy: JSON.stringify({
              Statement: [
                {
                  Effect: "Allow",
                  Principal: "*",
                  Action: "events:PutEvents",
                  Resource: "*",
                  Condition: { StringEquals: { "aws:PrincipalOrgID": "o-abc123" } },
                },
              ],
            }),
          },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "aws:cloudwatch/eventBusPolicy:EventBusPolicy",
          props: {
            eventBusName: "central",
            policy: JSON.stringify({ Statement: [{ Effect: "Allow", Principal: "*", Action: "events:PutEvents", Resource: "*" }] }),
          },
        },
      ],
    ],
  },
});
