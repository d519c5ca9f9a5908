import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

/** A trail that exists but does not log is the quietest way to blind an investigation. */
export const protectCloudTrail = defineControl({
  id: "aws-organizations-protect-cloudtrail",
  title: "CloudTrail trails keep logging and cannot be stopped or deleted",
  rationale:
    "Stopping or deleting a trail is the first step of many intrusions: it removes the record of everything that follows. The organisation trail lives in the management account; trails in member accounts are protected by SCP.",
  severity: "high",
  cloud: "aws",
  service: "organizations",
  resourceTypes: ["aws:cloudtrail/trail:Trail"],
  frameworks: {
    "cis-aws-7.0": ["4.1"],
    "cis-aws-3.0": ["3.1"],
    "aws-fsbp": ["CloudTrail.1"],
    "nist-800-53-r5": ["AU-9", "AU-12", "AU-2"],
    soc2: ["CC7.2", "CC7.3"],
    "iso27001-2022": ["A.8.15", "A.8.16"],
    "pci-dss-4.0": ["10.2.1", "10.3.2", "10.7.2"],
    hipaa: ["164.312(b)"],
  },
  remediation:
    "Leave enableLogging unset or set it to true; the landing zone's SCP denies cloudtrail:StopLogging and cloudtrail:DeleteTrail.",
  enforcementLevel: "mandatory",
  tags: ["logging", "guardrail"],
  check: (r) =>
    r.props.enableLogging === false ? fail("enableLogging", "enableLogging is false: the trail records nothing; set it to true") : pass(),
  remediate: (r) => (r.props.enableLogging === false ? { ...r.props, enableLogging: true } : undefined),
  preventive: [
    {
      kind: "aws-scp",
      statements: () => [
        { Sid: "ProtectCloudTrail", Effect: "Deny", Action: ["cloudtrail:StopLogging", "cloudtrail:DeleteTrail"], Resource: "*" },
      ],
    },
  ],
  examples: {
    compliant: [
      [{ type: "aws:cloudtrail/trail:Trail", props: { s3BucketName: "org-logs", isMultiRegionTrail: true, enableLogging: true } }],
      [{ type: "aws:cloudtrail/trail:Trail", props: { s3BucketName: "org-logs" } }],
    ],
    nonCompliant: [[{ type: "aws:cloudtrail/trail:Trail", props: { s3BucketName: "org-logs", enableLogging: false } }]],
  },
});
