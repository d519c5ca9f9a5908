import { defineControl } from "../../model/control";
import { failAll, type Violation } from "../../model/verdict";

const set = (v: unknown) => typeof v === "string" && v.trim() !== "";

/** The CIS monitoring recommendations (metric filters and alarms) all read the trail from CloudWatch Logs. */
export const cloudtrailCloudWatchLogs = defineControl({
  id: "aws-cloudtrail-trail-cloudwatch-logs",
  title: "CloudTrail trails deliver to CloudWatch Logs",
  rationale:
    "Without CloudWatch Logs delivery there are no metric filters or alarms on root use, IAM changes or console sign-in failures; events sit in S3 until someone looks.",
  severity: "medium",
  cloud: "aws",
  service: "cloudtrail",
  resourceTypes: ["aws:cloudtrail/trail:Trail"],
  frameworks: {
    "aws-fsbp": ["CloudTrail.5"],
    "nist-800-53-r5": ["AU-6", "AU-6(1)", "SI-4", "SI-4(2)"],
    soc2: ["CC7.2", "CC7.3"],
    "iso27001-2022": ["A.8.16"],
    "pci-dss-4.0": ["10.4.1", "10.4.1.1"],
    hipaa: ["164.308(a)(1)(ii)(D)"],
  },
  remediation:
    "Set cloudWatchLogsGroupArn (the log group ARN followed by :*) and cloudWatchLogsRoleArn (a role cloudtrail.amazonaws.com can assume to write to it).",
  enforcementLevel: "advisory",
  tags: ["logging", "detection"],
  check: (r) => {
    const violations: Violation[] = [];
    if (!set(r.props.cloudWatchLogsGroupArn))
      violations.push({ property: "cloudWatchLogsGroupArn", message: "cloudWatchLogsGroupArn is not set; set it to a log group ARN" });
    if (!set(r.props.cloudWatchLogsRoleArn))
      violations.push({
        property: "cloudWatchLogsRoleArn",
        message: "cloudWatchLogsRoleArn is not set; set it to a role CloudTrail can assume",
      });
    return failAll(violations);
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:cloudtrail/trail:Trail",
          props: {
            s3BucketName: "trail-logs",
            cloudWatchLogsGroupArn: "arn:aws:logs:eu-west-1:111122223333:log-group:trail:*",
            cloudWatchLogsRoleArn: "arn:aws:iam::111122223333:role/trail-to-cwl",
          },
        },
      ],
    ],
    nonCompliant: [[{ type: "aws:cloudtrail/trail:Trail", props: { s3BucketName: "trail-logs" } }]],
  },
});
