import { defineControl } from "../../model/control";
import { publicPolicyCheck } from "../../shared/resource-policy";

export const sqsQueuePolicyNotPublic = defineControl({
  id: "aws-sqs-queue-policy-not-public",
  title: "SQS queue policies do not allow public access",
  rationale:
    'A queue policy allowing Principal "*" without a source condition lets anyone send forged messages to, or receive and delete messages from, the queue.',
  severity: "high",
  cloud: "aws",
  service: "sqs",
  resourceTypes: ["aws:sqs/queue:Queue", "aws:sqs/queuePolicy:QueuePolicy"],
  frameworks: {
    "cis-aws-7.0": ["2.21"],
    "nist-800-53-r5": ["AC-3", "AC-21", "SC-7"],
    soc2: ["CC6.1", "CC6.6"],
    "iso27001-2022": ["A.5.15", "A.8.3"],
    "pci-dss-4.0": ["7.2.1"],
    hipaa: ["164.312(a)(1)"],
  },
  remediation:
    "Name the sending accounts or services, and condition service principals (sns.amazonaws.com, s3.amazonaws.com) on aws:SourceArn.",
  enforcementLevel: "mandatory",
  tags: ["messaging", "public-exposure"],
  check: publicPolicyCheck(["policy"]),
  examples: {
    compliant: [
      [
        {
          type: "aws:sqs/queuePolicy:QueuePolicy",
          props: {
            queueUrl: "https://sqs.eu-west-1.amazonaws.com/111122223333/orders",
            policy: {
              Statement: [
                {
                  Effect: "Allow",
                  Principal: { Service: "sns.amazonaws.com" },
                  Action: "sqs:SendMessage",
                  Resource: "arn:aws:sqs:eu-west-1:111122223333:orders",
                  Condition: { ArnEquals: { "aws:SourceArn": "arn:aws:sns:eu-west-1:111122223333:orders" } },
                },
              ],
            },
          },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "aws:sqs/queue:Queue",
          props: { policy: JSON.stringify({ Statement: [{ Effect: "Allow", Principal: { AWS: "*" }, Action: "sqs:*", Resource: "*" }] }) },
        },
      ],
    ],
  },
});
