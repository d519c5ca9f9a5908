import { defineControl } from "../../model/control";
import { publicPolicyCheck } from "../../shared/resource-policy";

export const snsTopicPolicyNotPublic = defineControl({
  id: "aws-sns-topic-policy-not-public",
  title: "SNS topic policies do not allow public access",
  rationale:
    'A topic policy allowing Principal "*" without a source condition lets anyone publish to the topic (spam, forged alerts, cost) or subscribe to it and read every message.',
  severity: "high",
  cloud: "aws",
  service: "sns",
  resourceTypes: ["aws:sns/topic:Topic", "aws:sns/topicPolicy:TopicPolicy"],
  frameworks: {
    "cis-aws-7.0": ["2.21"],
    "aws-fsbp": ["SNS.4"],
    "nist-800-53-r5": ["AC-3", "AC-21", "SC-7"],
    soc2: ["CC6.1", "CC6.6"],
    "iso27001-2022": ["A.5.15", "A.8.3"],
    "pci-dss-4.0": ["7.2.1"],
    hipaa: ["164.312(a)(1)"],
  },
  remediation: "Name the publishing accounts or services, and condition service principals on aws:SourceArn / aws:SourceAccount.",
  enforcementLevel: "mandatory",
  tags: ["messaging", "public-exposure"],
  check: publicPolicyCheck(["policy"]),
  examples: {
    compliant: [
      [
        {
          type: "aws:sns/topicPolicy:TopicPolicy",
          props: {
            arn: "arn:aws:sns:eu-west-1:111122223333:alerts",
            policy: JSON.stringify({
              Statement: [
                {
                  Effect: "Allow",
                  Principal: { Service: "events.amazonaws.com" },
                  Action: "sns:Publish",
                  Resource: "arn:aws:sns:eu-west-1:111122223333:alerts",
                  Condition: { ArnEquals: { "aws:SourceArn": "arn:aws:events:eu-west-1:111122223333:rule/alarms" } },
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
          type: "aws:sns/topic:Topic",
          props: {
            policy: JSON.stringify({
              Statement: [{ Effect: "Allow", Principal: "*", Action: ["sns:Publish", "sns:Subscribe"], Resource: "*" }],
            }),
          },
        },
      ],
    ],
  },
});
