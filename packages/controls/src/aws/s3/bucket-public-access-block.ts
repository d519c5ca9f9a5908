import { defineControl } from "../../model/control";
import { cannotEvaluate, fail, failAll } from "../../model/verdict";

const BUCKET_TYPES = ["aws:s3/bucket:Bucket", "aws:s3/bucketV2:BucketV2"];
const PAB_TYPES = ["aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock"];
const SETTINGS = ["blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets"] as const;

/**
 * Since @pulumi/aws v5 the public access block is a separate resource pointing at the bucket. At preview
 * the bucket id is unknown, so the link is found through the block's `propertyDependencies.bucket`; in
 * exported state through the bucket's id or name.
 */
export const s3BucketPublicAccessBlock = defineControl({
  id: "aws-s3-bucket-public-access-block",
  title: "S3 buckets block all public access",
  rationale:
    "A bucket without all four Block Public Access settings can be opened to the internet by a single ACL or bucket policy; most S3 data leaks start there.",
  severity: "high",
  cloud: "aws",
  service: "s3",
  resourceTypes: BUCKET_TYPES,
  frameworks: {
    "cis-aws-7.0": ["3.1.4"],
    "cis-aws-3.0": ["2.1.4"],
    "aws-fsbp": ["S3.8"],
    "nist-800-53-r5": ["AC-3", "AC-4", "AC-21", "SC-7"],
    soc2: ["CC6.1", "CC6.6"],
    "iso27001-2022": ["A.8.3", "A.5.15"],
    "pci-dss-4.0": ["1.4.1", "7.2.1"],
    hipaa: ["164.312(a)(1)", "164.308(a)(4)(ii)(B)"],
  },
  remediation:
    "Add an aws.s3.BucketPublicAccessBlock for the bucket with blockPublicAcls, blockPublicPolicy, ignorePublicAcls and restrictPublicBuckets all set to true.",
  enforcementLevel: "mandatory",
  tags: ["data-protection", "public-exposure"],
  correlatedCheck: (bucket, stack) => {
    const { found, undecided } = stack.referencingOrUnknown(bucket, PAB_TYPES, "bucket", ["id", "bucket"]);
    if (found.length === 0) {
      if (undecided.length > 0) return cannotEvaluate("bucket", `${undecided[0].name}.bucket is unknown and may refer to this bucket`);
      return fail(
        "BucketPublicAccessBlock",
        `bucket ${bucket.name} has no aws.s3.BucketPublicAccessBlock; add one with all four settings true`,
      );
    }
    const block = found[0];
    // One finding for the block, naming every setting that is not true: four false settings are one
    // misconfiguration of one resource, not four.
    const off = SETTINGS.filter((s) => block.props[s] !== true);
    if (off.length === 0) return failAll([]);
    const settings = off.map((s) => `${s}: ${JSON.stringify(block.props[s] ?? null)}`).join(", ");
    return fail(off[0], `${block.name} does not block all public access (${settings}); set ${off.join(", ")} to true`);
  },
  response: [
    {
      runbook: "aws-restore-s3-public-access-block",
      trigger:
        "CloudTrail DeleteBucketPublicAccessBlock / PutBucketPublicAccessBlock / PutBucketPolicy / PutBucketAcl; Security Hub S3.8, S3.2, S3.3",
      action: "s3:PutBucketPublicAccessBlock with all four settings on",
      kind: "remediate",
    },
  ],
  examples: {
    compliant: [
      [
        { type: "aws:s3/bucketV2:BucketV2", name: "data", props: {} },
        {
          type: "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock",
          name: "data-pab",
          props: {
            bucket: "04da6b54-80e4-46f7-96ec-b56ff0331ba9",
            blockPublicAcls: true,
            blockPublicPolicy: true,
            ignorePublicAcls: true,
            restrictPublicBuckets: true,
          },
          refs: { bucket: ["data"] },
        },
      ],
      [
        { type: "aws:s3/bucket:Bucket", name: "legacy", props: { id: "legacy-123", bucket: "legacy-123" } },
        {
          type: "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock",
          name: "legacy-pab",
          props: {
            bucket: "legacy-123",
            blockPublicAcls: true,
            blockPublicPolicy: true,
            ignorePublicAcls: true,
            restrictPublicBuckets: true,
          },
        },
      ],
    ],
    nonCompliant: [
      [{ type: "aws:s3/bucketV2:BucketV2", name: "open", props: {} }],
      // The shape seen in a public program: all four settings false, reported as one finding.
      [
        { type: "aws:s3/bucketV2:BucketV2", name: "site", props: {} },
        {
          type: "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock",
          name: "site-pab",
          props: {
            bucket: "04da6b54-80e4-46f7-96ec-b56ff0331ba9",
            blockPublicAcls: false,
            blockPublicPolicy: false,
            ignorePublicAcls: false,
            restrictPublicBuckets: false,
          },
          refs: { bucket: ["site"] },
        },
      ],
      [
        { type: "aws:s3/bucket:Bucket", name: "half", props: {} },
        {
          type: "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock",
          name: "half-pab",
          props: {
            bucket: "04da6b54-80e4-46f7-96ec-b56ff0331ba9",
            blockPublicAcls: true,
            blockPublicPolicy: false,
            ignorePublicAcls: true,
            restrictPublicBuckets: true,
          },
          refs: { bucket: ["half"] },
        },
      ],
    ],
  },
});
