import { defineControl } from "../../model/control";
import { UNKNOWN } from "../../model/unknowns";
import { cannotEvaluate, fail, pass } from "../../model/verdict";
import { BUCKET_TYPES, bucketConfigs, OBJECT_LOCK_TYPES } from "../../shared/aws-s3";

/**
 * Object Lock on: objectLockEnabled on the bucket (v6 BucketV2, v7 Bucket), the legacy inline
 * objectLockConfiguration.objectLockEnabled, or a separate BucketObjectLockConfiguration (which can turn
 * it on for an existing versioned bucket).
 */
export const s3BucketObjectLock = defineControl({
  id: "aws-s3-bucket-object-lock",
  title: "S3 buckets have Object Lock enabled",
  rationale:
    "Object Lock makes object versions immutable for a retention period, so neither ransomware nor a compromised administrator can delete backups and records.",
  severity: "low",
  cloud: "aws",
  service: "s3",
  resourceTypes: BUCKET_TYPES,
  frameworks: {
    "aws-fsbp": ["S3.15"],
    "nist-800-53-r5": ["CP-9", "SI-12", "AU-11"],
    soc2: ["A1.2", "PI1.5"],
    "iso27001-2022": ["A.8.13"],
    "pci-dss-4.0": ["10.5.1"],
    hipaa: ["164.312(c)(1)"],
  },
  remediation:
    "Create the bucket with objectLockEnabled: true and add an aws.s3.BucketObjectLockConfiguration with a default retention rule (GOVERNANCE or COMPLIANCE).",
  enforcementLevel: "advisory",
  tags: ["data-protection", "resilience"],
  correlatedCheck: (bucket, stack) => {
    if (bucket.props.objectLockEnabled === true) return pass();
    if (bucket.props.objectLockConfiguration?.objectLockEnabled === "Enabled") return pass();
    const { found, undecided } = bucketConfigs(bucket, stack, OBJECT_LOCK_TYPES);
    if (found.some((c) => (c.props.objectLockEnabled ?? "Enabled") === "Enabled")) return pass();
    if (found.length === 0 && undecided.length > 0) {
      return cannotEvaluate("bucket", `${undecided[0].name}.bucket is unknown and may refer to this bucket`);
    }
    return fail(
      "objectLockEnabled",
      `bucket ${bucket.name} does not have Object Lock; set objectLockEnabled: true and a default retention`,
    );
  },
  examples: {
    compliant: [
      [{ type: "aws:s3/bucket:Bucket", name: "audit", props: { objectLockEnabled: true } }],
      [
        { type: "aws:s3/bucket:Bucket", name: "backups", props: {} },
        {
          type: "aws:s3/bucketObjectLockConfiguration:BucketObjectLockConfiguration",
          name: "backups-lock",
          props: { bucket: UNKNOWN, rule: { defaultRetention: { mode: "COMPLIANCE", days: 365 } } },
          refs: { bucket: ["backups"] },
        },
      ],
    ],
    nonCompliant: [[{ type: "aws:s3/bucketV2:BucketV2", name: "data", props: { objectLockEnabled: false } }]],
  },
});
