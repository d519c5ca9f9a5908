import { defineControl } from "../../model/control";
import { UNKNOWN } from "../../model/unknowns";
import { cannotEvaluate, fail, pass } from "../../model/verdict";
import { BUCKET_TYPES, bucketConfigs, LIFECYCLE_TYPES } from "../../shared/aws-s3";
import { objectsOf } from "../../shared/network";

/**
 * At least one enabled lifecycle rule, from a separate aws.s3.BucketLifecycleConfiguration (v7) or the
 * legacy bucket's inline lifecycleRules. Covers FSBP S3.13 and, for versioned buckets, S3.10: without
 * rules, noncurrent versions accumulate forever.
 */
export const s3BucketLifecycle = defineControl({
  id: "aws-s3-bucket-lifecycle",
  title: "S3 buckets have an enabled lifecycle rule",
  rationale:
    "Without lifecycle rules data is kept forever, against retention commitments, and noncurrent versions of versioned buckets pile up out of sight.",
  severity: "low",
  cloud: "aws",
  service: "s3",
  resourceTypes: BUCKET_TYPES,
  frameworks: {
    "aws-fsbp": ["S3.10", "S3.13"],
    "nist-800-53-r5": ["SI-12", "CP-9"],
    soc2: ["C1.2"],
    "iso27001-2022": ["A.8.10"],
    "pci-dss-4.0": ["3.2.1"],
  },
  remediation:
    'Add an aws.s3.BucketLifecycleConfiguration for the bucket with a rule { id, status: "Enabled", expiration or noncurrentVersionExpiration, abortIncompleteMultipartUpload }.',
  enforcementLevel: "advisory",
  tags: ["data-retention"],
  correlatedCheck: (bucket, stack) => {
    const { found, undecided } = bucketConfigs(bucket, stack, LIFECYCLE_TYPES);
    if (found.some((c) => objectsOf(c.props.rules).some((rule) => rule.status === "Enabled"))) return pass();
    if (objectsOf(bucket.props.lifecycleRules).some((rule) => rule.enabled === true)) return pass();
    if (found.length === 0 && undecided.length > 0) {
      return cannotEvaluate("bucket", `${undecided[0].name}.bucket is unknown and may refer to this bucket`);
    }
    return fail(
      found.length > 0 ? `${found[0].name}.rules` : "BucketLifecycleConfiguration",
      found.length > 0
        ? `${found[0].name} has no rule with status "Enabled"; enable one`
        : `bucket ${bucket.name} has no lifecycle rule; add an aws.s3.BucketLifecycleConfiguration`,
    );
  },
  examples: {
    compliant: [
      [
        { type: "aws:s3/bucket:Bucket", name: "logs", props: {} },
        {
          type: "aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration",
          name: "logs-lifecycle",
          props: { bucket: UNKNOWN, rules: [{ id: "expire", status: "Enabled", expiration: { days: 400 }, filter: {} }] },
          refs: { bucket: ["logs"] },
        },
      ],
      [
        {
          type: "aws:s3/bucketV2:BucketV2",
          name: "v6",
          props: { lifecycleRules: [{ id: "x", enabled: true, expirations: [{ days: 30 }] }] },
        },
      ],
    ],
    nonCompliant: [
      [{ type: "aws:s3/bucket:Bucket", name: "data", props: {} }],
      [
        { type: "aws:s3/bucket:Bucket", name: "data", props: {} },
        {
          type: "aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration",
          name: "data-lifecycle",
          props: { bucket: UNKNOWN, rules: [{ id: "off", status: "Disabled", expiration: { days: 30 } }] },
          refs: { bucket: ["data"] },
        },
      ],
    ],
  },
});
