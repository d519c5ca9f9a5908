import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { num } from "../../shared/text";

const DEFAULT_MIN_DAYS = 365;

/** Unset or 0 means "never expire", which keeps logs at least as long as required. */
export const cloudwatchLogGroupRetention = defineControl({
  id: "aws-cloudwatch-log-group-retention",
  title: "CloudWatch log groups keep logs for at least a year",
  rationale:
    "Investigations routinely reach back months; logs expired after days or weeks leave the period of a slow intrusion unrecorded.",
  severity: "low",
  cloud: "aws",
  service: "cloudwatch",
  resourceTypes: ["aws:cloudwatch/logGroup:LogGroup"],
  frameworks: {
    "nist-800-53-r5": ["AU-11", "SI-12"],
    soc2: ["CC7.2"],
    "iso27001-2022": ["A.8.15"],
    "pci-dss-4.0": ["10.5.1"],
    hipaa: ["164.312(b)"],
  },
  remediation: "Set retentionInDays to 365 or more (or export logs to S3 with a longer lifecycle and exempt the group).",
  enforcementLevel: "advisory",
  tags: ["logging", "data-retention"],
  configSchema: {
    minimumDays: {
      type: "integer",
      minimum: 1,
      maximum: 3653,
      default: DEFAULT_MIN_DAYS,
      description: "Shortest accepted retentionInDays.",
    },
  },
  check: (r, ctx) => {
    const days = r.props.retentionInDays;
    const min = num(ctx.settings.minimumDays ?? DEFAULT_MIN_DAYS);
    if (days === undefined || days === null || num(days) === 0) return pass();
    return num(days) >= min ? pass() : fail("retentionInDays", `retentionInDays is ${days}; keep logs at least ${min} days`);
  },
  examples: {
    compliant: [
      [{ type: "aws:cloudwatch/logGroup:LogGroup", props: { name: "/app/api", retentionInDays: 400 } }],
      [{ type: "aws:cloudwatch/logGroup:LogGroup", props: { name: "/app/audit" } }],
    ],
    nonCompliant: [[{ type: "aws:cloudwatch/logGroup:LogGroup", props: { name: "/app/api", retentionInDays: 14 } }]],
  },
});
