import { defineControl } from "../../model/control";
import { BUCKET_TYPES, POLICY_TYPES } from "../../shared/aws-s3";
import { publicPolicyCheck } from "../../shared/resource-policy";

export const s3BucketPolicyNotPublic = defineControl({
  id: "aws-s3-bucket-policy-not-public",
  title: "S3 bucket policies do not allow public access",
  rationale:
    'An Allow for Principal "*" without a condition naming accounts, organisations, VPC endpoints or source addresses opens the bucket to anyone on the internet.',
  severity: "critical",
  cloud: "aws",
  service: "s3",
  resourceTypes: [...BUCKET_TYPES, ...POLICY_TYPES],
  frameworks: {
    "cis-aws-7.0": ["2.21"],
    "cis-aws-3.0": ["2.1.4"],
    "aws-fsbp": ["S3.2", "S3.3"],
    "nist-800-53-r5": ["AC-3", "AC-4", "AC-21", "SC-7"],
    soc2: ["CC6.1", "CC6.6"],
    "iso27001-2022": ["A.8.3", "A.5.15"],
    "pci-dss-4.0": ["1.4.1", "7.2.1"],
    hipaa: ["164.312(a)(1)"],
  },
  remediation:
    'Name the principals that need access instead of "*", or add a condition on aws:PrincipalOrgID, aws:SourceVpce or aws:SourceArn; serve public content through CloudFront with origin access control.',
  enforcementLevel: "mandatory",
  tags: ["data-protection", "public-exposure"],
  check: publicPolicyCheck(["policy"]),
  examples: {
    compliant: [
      [{ type: "aws:s3/bucket:Bucket", props: { id: "docs-4936161", acl: "private", policy: null } }],
      [
        {
          type: "aws:s3/bucketPolicy:BucketPolicy",
          props: {
            bucket: "data",
            policy: JSON.stringify({
              Statement: [
                {
                  Effect: "Allow",
                  Principal: "*",
                  Action: "s3:GetObject",
                  Resource: "arn:aws:s3:::data/*",
                  Condition: { StringEquals: { "aws:PrincipalOrgID": "o-abc123" } },
                },
                { Effect: "Deny", Principal: "*", Action: "s3:*", Resource: "*", Condition: { Bool: { "aws:SecureTransport": "false" } } },
              ],
            }),
          },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "aws:s3/bucketPolicy:BucketPolicy",
          props: {
            bucket: "site",
            policy: {
              Version: "2012-10-17",
              Statement: { Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: "arn:aws:s3:::site/*" },
            },
          },
        },
      ],
      [
        {
          type: "aws:s3/bucket:Bucket",
          props: {
            policy: JSON.stringify({
              Statement: [
                {
                  Effect: "Allow",
                  Principal: { AWS: ["*"] },
                  Action: "s3:PutObject",
                  Resource: "arn:aws:s3:::drop/*",
                  Condition: { Bool: { "aws:SecureTransport": "true" } },
                },
              ],
            }),
          },
        },
      ],
    ],
  },
});
