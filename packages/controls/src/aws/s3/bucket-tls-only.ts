import { defineControl } from "../../model/control";
import { UNKNOWN } from "../../model/unknowns";
import type { Verdict } from "../../model/verdict";
import { cannotEvaluate, fail, pass } from "../../model/verdict";
import { BUCKET_TYPES, bucketConfigs, POLICY_TYPES } from "../../shared/aws-s3";
import { conditionsOn, coversAction, isDeny, isPublicPrincipal, type Policy, parsePolicy } from "../../shared/iam-policy";

/** A Deny for everyone, on the objects, whenever aws:SecureTransport is false (CIS 3.1.1's statement). */
function deniesPlainHttp(policy: Policy | undefined): boolean {
  return (policy?.statements ?? []).some(
    (s) =>
      isDeny(s) &&
      isPublicPrincipal(s.principal) &&
      coversAction(s, "s3:GetObject") &&
      coversAction(s, "s3:PutObject") &&
      (s.notResources !== undefined || (s.resources ?? []).some((r) => r.trim() === "*" || r.trim().endsWith("/*"))) &&
      conditionsOn(s, "aws:SecureTransport", /^Bool(IfExists)?$/i).some((c) => c.values.some((v) => v.trim().toLowerCase() === "false")),
  );
}

function decide(policy: Policy | undefined, property: string): Verdict {
  return deniesPlainHttp(policy)
    ? pass()
    : fail(
        property,
        `${property} does not deny requests without TLS; add { Effect: "Deny", Principal: "*", Action: "s3:*", Resource: [bucketArn, bucketArn + "/*"], Condition: { Bool: { "aws:SecureTransport": "false" } } }`,
      );
}

export const s3BucketTlsOnly = defineControl({
  id: "aws-s3-bucket-tls-only",
  title: "S3 bucket policies deny requests over plain HTTP",
  rationale:
    "S3 answers HTTP as well as HTTPS; without a policy denying aws:SecureTransport false, credentials-signed requests and object data can cross networks unencrypted.",
  severity: "medium",
  cloud: "aws",
  service: "s3",
  resourceTypes: BUCKET_TYPES,
  frameworks: {
    "cis-aws-7.0": ["3.1.1"],
    "cis-aws-3.0": ["2.1.1"],
    "aws-fsbp": ["S3.5"],
    "nist-800-53-r5": ["SC-8", "SC-8(1)", "SC-13", "AC-17(2)"],
    soc2: ["CC6.7"],
    "iso27001-2022": ["A.8.24", "A.5.14"],
    "pci-dss-4.0": ["4.2.1"],
    hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"],
  },
  remediation:
    'Give the bucket an aws.s3.BucketPolicy with a statement { Effect: "Deny", Principal: "*", Action: "s3:*", Resource: [arn, arn + "/*"], Condition: { Bool: { "aws:SecureTransport": "false" } } }.',
  enforcementLevel: "mandatory",
  tags: ["encryption-in-transit", "data-protection"],
  correlatedCheck: (bucket, stack) => {
    const { found, undecided } = bucketConfigs(bucket, stack, POLICY_TYPES);
    if (found.length > 0) return decide(parsePolicy(found[0].props.policy), `${found[0].name}.policy`);
    const inline = parsePolicy(bucket.props.policy);
    if (deniesPlainHttp(inline)) return pass();
    if (undecided.length > 0) return cannotEvaluate("bucket", `${undecided[0].name}.bucket is unknown and may refer to this bucket`);
    if (inline) return decide(inline, "policy");
    return fail("BucketPolicy", `bucket ${bucket.name} has no bucket policy; add an aws.s3.BucketPolicy denying aws:SecureTransport false`);
  },
  examples: {
    compliant: [
      [
        { type: "aws:s3/bucket:Bucket", name: "data", props: {} },
        {
          type: "aws:s3/bucketPolicy:BucketPolicy",
          name: "data-policy",
          props: {
            bucket: UNKNOWN,
            policy: JSON.stringify({
              Version: "2012-10-17",
              Statement: [
                {
                  Sid: "DenyInsecureTransport",
                  Effect: "Deny",
                  Principal: "*",
                  Action: "s3:*",
                  Resource: ["arn:aws:s3:::data-1", "arn:aws:s3:::data-1/*"],
                  Condition: { Bool: { "aws:SecureTransport": "false" } },
                },
              ],
            }),
          },
          refs: { bucket: ["data"] },
        },
      ],
      [
        {
          type: "aws:s3/bucket:Bucket",
          name: "legacy",
          props: {
            policy: {
              Version: "2012-10-17",
              Statement: {
                Effect: "Deny",
                Principal: { AWS: "*" },
                Action: ["s3:*"],
                Resource: "arn:aws:s3:::legacy/*",
                Condition: { Bool: { "aws:SecureTransport": false } },
              },
            },
          },
        },
      ],
    ],
    nonCompliant: [
      [{ type: "aws:s3/bucket:Bucket", name: "docs", props: { id: "docs-4936161", policy: null } }],
      [
        { type: "aws:s3/bucketV2:BucketV2", name: "open", props: {} },
        {
          type: "aws:s3/bucketPolicy:BucketPolicy",
          name: "open-policy",
          props: {
            bucket: UNKNOWN,
            policy: JSON.stringify({
              Statement: [{ Effect: "Allow", Principal: { AWS: "arn:aws:iam::111122223333:root" }, Action: "s3:GetObject", Resource: "*" }],
            }),
          },
          refs: { bucket: ["open"] },
        },
      ],
    ],
  },
});
