import { defineControl } from "../../model/control";
import { failAll } from "../../model/verdict";
import { exceptAutomation } from "./org-policies";

const SETTINGS = ["blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets"] as const;

/** The account-level block overrides every bucket's own settings, so it is the one to hold fixed. */
export const protectAccountPublicAccessBlock = defineControl({
  id: "aws-organizations-protect-account-public-access-block",
  title: "The account-level S3 Block Public Access is fully on and cannot be changed by workloads",
  rationale:
    "With all four account-level settings on, no bucket in the account can be made public by an ACL or a policy; turning one off re-opens every bucket at once.",
  severity: "high",
  cloud: "aws",
  service: "organizations",
  resourceTypes: ["aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock"],
  frameworks: {
    "cis-aws-7.0": ["3.1.4"],
    "cis-aws-3.0": ["2.1.4"],
    "aws-fsbp": ["S3.1"],
    "nist-800-53-r5": ["AC-3", "AC-4", "AC-21", "SC-7"],
    soc2: ["CC6.1", "CC6.6"],
    "iso27001-2022": ["A.8.3", "A.5.15"],
    "pci-dss-4.0": ["1.4.1", "7.2.1"],
    hipaa: ["164.312(a)(1)"],
  },
  remediation:
    "Set blockPublicAcls, blockPublicPolicy, ignorePublicAcls and restrictPublicBuckets to true; the landing zone's SCP lets only its automation role change them.",
  enforcementLevel: "mandatory",
  tags: ["data-protection", "public-exposure", "guardrail"],
  check: (r) =>
    failAll(
      SETTINGS.filter((s) => r.props[s] !== true).map((s) => ({
        property: s,
        message: `${s} is ${JSON.stringify(r.props[s] ?? null)}; set it to true`,
      })),
    ),
  remediate: (r) =>
    SETTINGS.every((s) => r.props[s] === true) ? undefined : { ...r.props, ...Object.fromEntries(SETTINGS.map((s) => [s, true])) },
  preventive: [
    {
      kind: "aws-scp",
      statements: (params) => [
        {
          Sid: "ProtectAccountPublicAccessBlock",
          Effect: "Deny",
          Action: "s3:PutAccountPublicAccessBlock",
          Resource: "*",
          Condition: exceptAutomation(params),
        },
      ],
    },
  ],
  examples: {
    compliant: [
      [
        {
          type: "aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock",
          props: { blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true },
        },
      ],
    ],
    nonCompliant: [
      [{ type: "aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock", props: { blockPublicAcls: true, blockPublicPolicy: true } }],
    ],
  },
});
