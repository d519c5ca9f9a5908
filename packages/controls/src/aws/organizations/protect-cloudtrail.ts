import { defineControl } from "../../model/control";
import { peek } from "../../model/unknowns";
import { cannotEvaluate, fail, notApplicable, pass } from "../../model/verdict";
import { ORGANIZATION } from "./org-policies";

const TRAIL = "aws:cloudtrail/trail:Trail";

/**
 * An organisation trail, created in the management account, records every member account and cannot be
 * changed from them; the SCP keeps members from stopping or deleting the trails they have themselves.
 */
export const protectCloudTrail = defineControl({
  id: "aws-organizations-protect-cloudtrail",
  title: "An organisation trail records every account, and member accounts cannot stop or delete trails",
  rationale:
    "Stopping or deleting a trail is the first step of many intrusions: it removes the record of everything that follows. An organisation trail covers every account from the management account, out of the members' reach.",
  severity: "high",
  cloud: "aws",
  service: "organizations",
  resourceTypes: [ORGANIZATION, TRAIL],
  frameworks: {
    "cis-aws-7.0": ["4.1"],
    "cis-aws-3.0": ["3.1"],
    "aws-fsbp": ["CloudTrail.1", "CloudTrail.3"],
    "nist-800-53-r5": ["AU-9", "AU-12", "AU-2"],
    soc2: ["CC7.2", "CC7.3"],
    "iso27001-2022": ["A.8.15", "A.8.16"],
    "pci-dss-4.0": ["10.2.1", "10.3.2", "10.7.2"],
    hipaa: ["164.312(b)"],
  },
  remediation:
    "Create an aws.cloudtrail.Trail in the management account with isOrganizationTrail: true and isMultiRegionTrail: true, logging; the landing zone's SCP denies cloudtrail:StopLogging and cloudtrail:DeleteTrail to member accounts.",
  enforcementLevel: "mandatory",
  tags: ["logging", "guardrail"],
  stackCheck: (stack) => {
    const org = stack.ofType([ORGANIZATION])[0];
    if (!org) return notApplicable("the stack does not manage an AWS Organization");
    let undecided: string | undefined;
    for (const trail of stack.ofType([TRAIL])) {
      const values = ["isOrganizationTrail", "isMultiRegionTrail", "enableLogging"].map((p) => peek(trail.props, p));
      const unknown = values.findIndex((v) => !v.known);
      if (unknown >= 0) {
        undecided ??= `${trail.name}.${["isOrganizationTrail", "isMultiRegionTrail", "enableLogging"][unknown]}`;
        continue;
      }
      const [isOrg, multiRegion, logging] = values.map((v) => (v.known ? v.value : undefined));
      if (isOrg === true && multiRegion === true && logging !== false) return { ...pass(), subjectUrn: org.urn };
    }
    if (undecided) return { ...cannotEvaluate(undecided), subjectUrn: org.urn };
    return {
      ...fail("trail", "the organisation has no logging, multi-region organisation trail; create one with isOrganizationTrail: true"),
      subjectUrn: org.urn,
    };
  },
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
      [
        { type: ORGANIZATION, name: "org", props: { featureSet: "ALL" } },
        {
          type: TRAIL,
          name: "org-trail",
          props: { s3BucketName: "org-logs", isOrganizationTrail: true, isMultiRegionTrail: true, enableLogging: true },
        },
      ],
    ],
    nonCompliant: [
      [
        { type: ORGANIZATION, name: "org", props: { featureSet: "ALL" } },
        { type: TRAIL, name: "account-trail", props: { s3BucketName: "logs", isMultiRegionTrail: true } },
      ],
      [
        { type: ORGANIZATION, name: "org", props: { featureSet: "ALL" } },
        {
          type: TRAIL,
          name: "stopped",
          props: { s3BucketName: "logs", isOrganizationTrail: true, isMultiRegionTrail: true, enableLogging: false },
        },
      ],
    ],
  },
});
