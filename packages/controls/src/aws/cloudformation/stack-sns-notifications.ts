import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { listOf } from "../../shared/network";

export const cloudformationStackSnsNotifications = defineControl({
  id: "aws-cloudformation-stack-sns-notifications",
  title: "CloudFormation stacks publish their events to SNS",
  rationale:
    "Stack events (creates, updates, rollbacks, deletes) sent to a topic let the owning team notice failed or unexpected changes to infrastructure deployed outside Pulumi.",
  severity: "low",
  cloud: "aws",
  service: "cloudformation",
  resourceTypes: ["aws:cloudformation/stack:Stack"],
  frameworks: {
    "aws-fsbp": ["CloudFormation.1"],
    "nist-800-53-r5": ["CM-3(a)", "SI-4"],
    soc2: ["CC7.2", "CC8.1"],
    "iso27001-2022": ["A.8.32"],
  },
  remediation: "Set notificationArns to the ARN of an SNS topic the owning team subscribes to.",
  enforcementLevel: "advisory",
  tags: ["monitoring", "change-management"],
  check: (r) =>
    listOf(r.props.notificationArns).length > 0
      ? pass()
      : fail("notificationArns", "notificationArns is empty; add an SNS topic ARN so stack events reach the owning team"),
  examples: {
    compliant: [
      [
        {
          type: "aws:cloudformation/stack:Stack",
          props: {
            templateUrl: "https://s3.amazonaws.com/t/vpc.yaml",
            notificationArns: ["arn:aws:sns:eu-west-1:111122223333:cfn-events"],
          },
        },
      ],
    ],
    nonCompliant: [[{ type: "aws:cloudformation/stack:Stack", props: { templateBody: "{}" } }]],
  },
});
