import { defineControl } from "../../model/control";
import { failAll, type Violation } from "../../model/verdict";
import { ACL_TYPES, BUCKET_TYPES } from "../../shared/aws-s3";
import { objectsOf } from "../../shared/network";

const PUBLIC_CANNED = new Set(["public-read", "public-read-write", "authenticated-read"]);
const PUBLIC_GROUPS = ["http://acs.amazonaws.com/groups/global/AllUsers", "http://acs.amazonaws.com/groups/global/AuthenticatedUsers"];

function isPublicGrantee(uri: unknown): boolean {
  return typeof uri === "string" && PUBLIC_GROUPS.includes(uri.trim());
}

/**
 * Canned ACLs and grants to the AllUsers or AuthenticatedUsers groups (any AWS account) open a bucket to
 * the internet. Covers the legacy inline `acl`/`grants` of a bucket and the separate BucketAcl resources.
 */
export const s3BucketNoPublicAcl = defineControl({
  id: "aws-s3-bucket-no-public-acl",
  title: "S3 bucket ACLs do not grant public access",
  rationale:
    "public-read, public-read-write and authenticated-read (any AWS account) ACLs, or grants to the AllUsers/AuthenticatedUsers groups, let anyone list, read or write the bucket.",
  severity: "critical",
  cloud: "aws",
  service: "s3",
  resourceTypes: [...BUCKET_TYPES, ...ACL_TYPES],
  frameworks: {
    "cis-aws-7.0": ["3.1.4"],
    "cis-aws-3.0": ["2.1.4"],
    "aws-fsbp": ["S3.2", "S3.3"],
    "nist-800-53-r5": ["AC-3", "AC-4", "AC-21", "SC-7"],
    soc2: ["CC6.1", "CC6.6"],
    "iso27001-2022": ["A.8.3", "A.5.15"],
    "pci-dss-4.0": ["1.4.1", "7.2.1"],
    hipaa: ["164.312(a)(1)"],
  },
  remediation:
    'Use acl "private" (or no ACL with BucketOwnershipControls BucketOwnerEnforced) and remove grants to the AllUsers and AuthenticatedUsers groups; share data through bucket policies naming principals, or CloudFront with origin access control.',
  enforcementLevel: "mandatory",
  tags: ["data-protection", "public-exposure"],
  check: (r) => {
    const violations: Violation[] = [];
    const acl = r.props.acl;
    if (typeof acl === "string" && PUBLIC_CANNED.has(acl.trim())) {
      violations.push({ property: "acl", message: `acl is "${acl}"; use "private"` });
    }
    objectsOf(r.props.grants).forEach((g, i) => {
      if (isPublicGrantee(g.uri)) {
        violations.push({
          property: `grants[${i}]`,
          message: `grants[${i}] grants ${JSON.stringify(g.permissions)} to ${g.uri}; remove it`,
        });
      }
    });
    objectsOf(r.props.accessControlPolicy?.grants).forEach((g, i) => {
      if (isPublicGrantee(g.grantee?.uri)) {
        violations.push({
          property: `accessControlPolicy.grants[${i}]`,
          message: `accessControlPolicy.grants[${i}] grants ${JSON.stringify(g.permission)} to ${g.grantee.uri}; remove it`,
        });
      }
    });
    return failAll(violations);
  },
  remediate: (r) => {
    const acl = r.props.acl;
    if (typeof acl !== "string" || !PUBLIC_CANNED.has(acl.trim())) return undefined;
    return { ...r.props, acl: "private" };
  },
  examples: {
    compliant: [
      [{ type: "aws:s3/bucket:Bucket", props: { id: "docs-4936161", acl: "private", grants: [] } }],
      [
        {
          type: "aws:s3/bucketAclV2:BucketAclV2",
          props: {
            bucket: "docs",
            accessControlPolicy: {
              owner: { id: "abc" },
              grants: [{ grantee: { type: "CanonicalUser", id: "abc" }, permission: "FULL_CONTROL" }],
            },
          },
        },
      ],
    ],
    nonCompliant: [
      [{ type: "aws:s3/bucket:Bucket", props: { acl: "public-read" } }],
      [{ type: "aws:s3/bucketAcl:BucketAcl", props: { bucket: "site", acl: "public-read-write" } }],
      [
        {
          type: "aws:s3/bucketV2:BucketV2",
          props: { grants: [{ type: "Group", uri: "http://acs.amazonaws.com/groups/global/AllUsers", permissions: ["READ"] }] },
        },
      ],
      [
        {
          type: "aws:s3/bucketAcl:BucketAcl",
          props: {
            bucket: "b",
            accessControlPolicy: {
              owner: { id: "abc" },
              grants: [
                { grantee: { type: "Group", uri: "http://acs.amazonaws.com/groups/global/AuthenticatedUsers" }, permission: "READ" },
              ],
            },
          },
        },
      ],
    ],
  },
});
