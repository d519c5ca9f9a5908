import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

export const cloudtrailGlobalServiceEvents = defineControl({
  id: "aws-cloudtrail-trail-global-service-events",
  title: "CloudTrail trails include global service events",
  rationale:
    "IAM, STS and CloudFront calls are global-service events; a trail that excludes them misses user, role and policy changes — the core of most intrusions.",
  severity: "high",
  cloud: "aws",
  service: "cloudtrail",
  resourceTypes: ["aws:cloudtrail/trail:Trail"],
  frameworks: {
    "cis-aws-7.0": ["4.1"],
    "cis-aws-3.0": ["3.1"],
    "aws-fsbp": ["CloudTrail.1"],
    "nist-800-53-r5": ["AU-2", "AU-12", "AC-2(4)"],
    soc2: ["CC7.2"],
    "iso27001-2022": ["A.8.15"],
    "pci-dss-4.0": ["10.2.1", "10.2.1.5"],
    hipaa: ["164.312(b)"],
  },
  remediation: "Set includeGlobalServiceEvents: true (the default).",
  enforcementLevel: "mandatory",
  tags: ["logging", "detection"],
  check: (r) =>
    r.props.includeGlobalServiceEvents === false
      ? fail("includeGlobalServiceEvents", "includeGlobalServiceEvents is false; set it to true")
      : pass(),
  remediate: (r) => (r.props.includeGlobalServiceEvents === false ? { ...r.props, includeGlobalServiceEvents: true } : undefined),
  examples: {
    compliant: [[{ type: "aws:cloudtrail/trail:Trail", props: { s3BucketName: "trail-logs", includeGlobalServiceEvents: true } }]],
    nonCompliant: [[{ type: "aws:cloudtrail/trail:Trail", props: { s3BucketName: "trail-logs", includeGlobalServiceEvents: false } }]],
  },
});
