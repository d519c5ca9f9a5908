import { defineControl } from "../../model/control";
import { UNKNOWN } from "../../model/unknowns";
import { cannotEvaluate, fail, pass } from "../../model/verdict";
import { BUCKET_TYPES, bucketConfigs, inlineVersioning, VERSIONING_TYPES } from "../../shared/aws-s3";

/**
 * MFA delete can only be turned on by the root user with its MFA device (the `mfa` argument of
 * BucketVersioning), so it is advisory: most buckets rely on Object Lock or replication instead.
 */
export const s3BucketMfaDelete = defineControl({
  id: "aws-s3-bucket-mfa-delete",
  title: "S3 bucket versioning requires MFA to delete versions",
  rationale:
    "With MFA delete, permanently deleting an object version or suspending versioning needs the root user's MFA device, so a stolen access key cannot purge a bucket's history.",
  severity: "low",
  cloud: "aws",
  service: "s3",
  resourceTypes: BUCKET_TYPES,
  frameworks: {
    "cis-aws-7.0": ["3.1.2"],
    "cis-aws-3.0": ["2.1.2"],
    "aws-fsbp": ["S3.20"],
    "nist-800-53-r5": ["CP-9", "AC-3", "IA-2(1)"],
    soc2: ["CC6.1", "A1.2"],
    "iso27001-2022": ["A.8.13"],
    hipaa: ["164.312(c)(1)"],
  },
  remediation:
    'As the root user, add versioningConfiguration: { status: "Enabled", mfaDelete: "Enabled" } with mfa: "<serial> <code>" to the bucket\'s aws.s3.BucketVersioning, or exempt buckets protected by Object Lock.',
  enforcementLevel: "advisory",
  tags: ["data-protection"],
  correlatedCheck: (bucket, stack) => {
    const { found, undecided } = bucketConfigs(bucket, stack, VERSIONING_TYPES);
    if (found.length > 0) {
      const mfa = found[0].props.versioningConfiguration?.mfaDelete;
      return mfa === "Enabled"
        ? pass()
        : fail(
            "versioningConfiguration.mfaDelete",
            `${found[0].name}.versioningConfiguration.mfaDelete is ${JSON.stringify(mfa ?? "Disabled")}; set it to "Enabled" (root user with MFA)`,
          );
    }
    const inline = inlineVersioning(bucket.props);
    if (inline?.mfaDelete === true) return pass();
    if (undecided.length > 0) return cannotEvaluate("bucket", `${undecided[0].name}.bucket is unknown and may refer to this bucket`);
    return fail(
      inline ? "versioning.mfaDelete" : "BucketVersioning",
      `bucket ${bucket.name} does not require MFA delete; enable versioning with mfaDelete "Enabled" as the root user`,
    );
  },
  examples: {
    compliant: [
      [
        { type: "aws:s3/bucket:Bucket", name: "vault", props: {} },
        {
          type: "aws:s3/bucketVersioning:BucketVersioning",
          name: "vault-versioning",
          props: { bucket: UNKNOWN, versioningConfiguration: { status: "Enabled", mfaDelete: "Enabled" } },
          refs: { bucket: ["vault"] },
        },
      ],
      [{ type: "aws:s3/bucket:Bucket", name: "legacy", props: { versioning: { enabled: true, mfaDelete: true } } }],
    ],
    nonCompliant: [
      [{ type: "aws:s3/bucket:Bucket", name: "docs", props: { id: "docs-4936161", versioning: { enabled: false, mfaDelete: false } } }],
      [
        { type: "aws:s3/bucketV2:BucketV2", name: "data", props: {} },
        {
          type: "aws:s3/bucketVersioningV2:BucketVersioningV2",
          name: "data-versioning",
          props: { bucket: UNKNOWN, versioningConfiguration: { status: "Enabled" } },
          refs: { bucket: ["data"] },
        },
      ],
    ],
  },
});
