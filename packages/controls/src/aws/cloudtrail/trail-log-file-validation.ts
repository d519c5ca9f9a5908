import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

export const cloudtrailLogFileValidation = defineControl({
  id: "aws-cloudtrail-trail-log-file-validation",
  title: "CloudTrail log file validation is enabled",
  rationale:
    "Digest files let an investigator prove that log files were not altered or deleted after delivery; without them an intruder can edit the record.",
  severity: "medium",
  cloud: "aws",
  service: "cloudtrail",
  resourceTypes: ["aws:cloudtrail/trail:Trail"],
  frameworks: {
    "cis-aws-7.0": ["4.2"],
    "cis-aws-3.0": ["3.2"],
    "aws-fsbp": ["CloudTrail.4"],
    "nist-800-53-r5": ["AU-9", "AU-9(3)", "SI-7(1)", "AU-10"],
    soc2: ["CC7.2", "PI1.5"],
    "iso27001-2022": ["A.8.15", "A.5.28"],
    "pci-dss-4.0": ["10.3.2", "10.3.4"],
    hipaa: ["164.312(b)", "164.312(c)(1)"],
  },
  remediation: "Set enableLogFileValidation: true.",
  enforcementLevel: "mandatory",
  tags: ["logging", "integrity"],
  check: (r) =>
    r.props.enableLogFileValidation === true
      ? pass()
      : fail(
          "enableLogFileValidation",
          `enableLogFileValidation is ${JSON.stringify(r.props.enableLogFileValidation ?? false)}; set it to true`,
        ),
  remediate: (r) => (r.props.enableLogFileValidation === true ? undefined : { ...r.props, enableLogFileValidation: true }),
  examples: {
    compliant: [[{ type: "aws:cloudtrail/trail:Trail", props: { s3BucketName: "trail-logs", enableLogFileValidation: true } }]],
    nonCompliant: [[{ type: "aws:cloudtrail/trail:Trail", props: { s3BucketName: "trail-logs" } }]],
  },
});
