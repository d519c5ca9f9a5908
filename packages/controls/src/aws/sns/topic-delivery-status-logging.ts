import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

const FAILURE_ROLES = [
  "httpFailureFeedbackRoleArn",
  "lambdaFailureFeedbackRoleArn",
  "sqsFailureFeedbackRoleArn",
  "firehoseFailureFeedbackRoleArn",
  "applicationFailureFeedbackRoleArn",
];

/** Any endpoint protocol's failure feedback role turns delivery-status logging on for that protocol. */
export const snsTopicDeliveryStatusLogging = defineControl({
  id: "aws-sns-topic-delivery-status-logging",
  title: "SNS topics log delivery status",
  rationale: "Without delivery-status logs, notifications that never reached their subscribers (alerts included) fail silently.",
  severity: "low",
  cloud: "aws",
  service: "sns",
  resourceTypes: ["aws:sns/topic:Topic"],
  frameworks: {
    "aws-fsbp": ["SNS.2"],
    "nist-800-53-r5": ["AU-12", "SI-4"],
    soc2: ["CC7.2"],
    "iso27001-2022": ["A.8.15"],
  },
  remediation:
    "Set the <protocol>FailureFeedbackRoleArn (and SuccessFeedbackRoleArn with a sample rate) for the protocols the topic delivers to, e.g. sqsFailureFeedbackRoleArn.",
  enforcementLevel: "advisory",
  tags: ["logging", "messaging"],
  check: (r) =>
    FAILURE_ROLES.some((p) => typeof r.props[p] === "string" && r.props[p] !== "")
      ? pass()
      : fail(
          "sqsFailureFeedbackRoleArn",
          "no delivery-status logging is configured; set the FailureFeedbackRoleArn of the protocols the topic delivers to",
        ),
  examples: {
    compliant: [
      [{ type: "aws:sns/topic:Topic", props: { name: "orders", sqsFailureFeedbackRoleArn: "arn:aws:iam::1:role/sns-feedback" } }],
    ],
    nonCompliant: [[{ type: "aws:sns/topic:Topic", props: { name: "orders" } }]],
  },
});
