import { defineControl } from "../../model/control";
import { UNKNOWN } from "../../model/unknowns";
import { cannotEvaluate, fail, pass } from "../../model/verdict";
import { BUCKET_TYPES, bucketConfigs, hasInlineLogging, LOGGING_TYPES } from "../../shared/aws-s3";

/**
 * Server access logs are the only record of object-level requests unless CloudTrail data events are on.
 * CIS asks for them on the CloudTrail bucket; this control asks for them on every bucket, which includes it.
 * A logging resource's `targetBucket` is usually unknown at preview and is required by the provider, so
 * the existence of the logging configuration decides.
 */
export const s3BucketAccessLogging = defineControl({
  id: "aws-s3-bucket-access-logging",
  title: "S3 buckets have server access logging enabled",
  rationale:
    "Without access logs there is no record of who read or changed objects, so a data leak cannot be scoped and a tampered CloudTrail bucket goes unnoticed.",
  severity: "medium",
  cloud: "aws",
  service: "s3",
  resourceTypes: BUCKET_TYPES,
  frameworks: {
    "cis-aws-7.0": ["4.4"],
    "cis-aws-3.0": ["3.4"],
    "aws-fsbp": ["S3.9", "CloudTrail.7"],
    "nist-800-53-r5": ["AU-2", "AU-3", "AU-12", "SI-4"],
    soc2: ["CC7.2", "CC7.3"],
    "iso27001-2022": ["A.8.15", "A.8.16"],
    "pci-dss-4.0": ["10.2.1", "10.2.1.1"],
    hipaa: ["164.312(b)"],
  },
  remediation:
    "Add an aws.s3.BucketLogging for the bucket with targetBucket a dedicated log bucket (itself not logged to itself) and a targetPrefix.",
  enforcementLevel: "advisory",
  tags: ["logging", "data-protection"],
  correlatedCheck: (bucket, stack) => {
    const { found, undecided } = bucketConfigs(bucket, stack, LOGGING_TYPES);
    if (found.length > 0 || hasInlineLogging(bucket.props)) return pass();
    if (undecided.length > 0) return cannotEvaluate("bucket", `${undecided[0].name}.bucket is unknown and may refer to this bucket`);
    return fail("BucketLogging", `bucket ${bucket.name} has no access logging; add an aws.s3.BucketLogging with a targetBucket`);
  },
  examples: {
    compliant: [
      [
        { type: "aws:s3/bucket:Bucket", name: "data", props: {} },
        {
          type: "aws:s3/bucketLogging:BucketLogging",
          name: "data-logging",
          props: { bucket: UNKNOWN, targetBucket: UNKNOWN, targetPrefix: "data/" },
          refs: { bucket: ["data"] },
        },
      ],
      [{ type: "aws:s3/bucket:Bucket", name: "v7inline", props: { logging: { targetBucket: "logs-1", targetPrefix: "x/" } } }],
      [{ type: "aws:s3/bucketV2:BucketV2", name: "v6", props: { loggings: [{ targetBucket: "logs-1" }] } }],
      [
        { type: "aws:s3/bucket:Bucket", name: "state", props: { id: "state-1", bucket: "state-1" } },
        { type: "aws:s3/bucketLoggingV2:BucketLoggingV2", name: "state-logging", props: { bucket: "state-1", targetBucket: "logs-1" } },
      ],
    ],
    nonCompliant: [
      [{ type: "aws:s3/bucket:Bucket", name: "docs", props: { id: "docs-4936161", bucket: "docs-4936161", loggings: [] } }],
      [
        { type: "aws:s3/bucketV2:BucketV2", name: "other", props: { id: "other-1" } },
        { type: "aws:s3/bucketLogging:BucketLogging", name: "elsewhere", props: { bucket: "another-bucket", targetBucket: "logs-1" } },
      ],
    ],
  },
});
