import { defineControl } from "../../model/control";
import { UNKNOWN } from "../../model/unknowns";
import { cannotEvaluate, fail, pass } from "../../model/verdict";
import { BUCKET_TYPES, bucketConfigs, inlineVersioning, VERSIONING_TYPES } from "../../shared/aws-s3";

/** Versioning keeps every overwritten or deleted object version, so ransomware or a bad deploy can be undone. */
export const s3BucketVersioning = defineControl({
  id: "aws-s3-bucket-versioning",
  title: "S3 buckets have versioning enabled",
  rationale:
    "Without versioning an overwrite or delete — by mistake, by a compromised credential or by ransomware — destroys the only copy of an object.",
  severity: "medium",
  cloud: "aws",
  service: "s3",
  resourceTypes: BUCKET_TYPES,
  frameworks: {
    "aws-fsbp": ["S3.14"],
    "nist-800-53-r5": ["CP-9", "CP-10", "SI-12"],
    soc2: ["A1.2", "PI1.5"],
    "iso27001-2022": ["A.8.13"],
    hipaa: ["164.308(a)(7)(ii)(A)", "164.312(c)(1)"],
  },
  remediation: 'Add an aws.s3.BucketVersioning for the bucket with versioningConfiguration: { status: "Enabled" }.',
  enforcementLevel: "advisory",
  tags: ["data-protection", "resilience"],
  correlatedCheck: (bucket, stack) => {
    const { found, undecided } = bucketConfigs(bucket, stack, VERSIONING_TYPES);
    if (found.length > 0) {
      const status = found[0].props.versioningConfiguration?.status;
      return status === "Enabled"
        ? pass()
        : fail(
            "versioningConfiguration.status",
            `${found[0].name}.versioningConfiguration.status is ${JSON.stringify(status ?? null)}; set it to "Enabled"`,
          );
    }
    const inline = inlineVersioning(bucket.props);
    if (inline?.enabled === true) return pass();
    if (undecided.length > 0) return cannotEvaluate("bucket", `${undecided[0].name}.bucket is unknown and may refer to this bucket`);
    return fail(
      inline ? "versioning.enabled" : "BucketVersioning",
      inline
        ? `versioning.enabled is ${JSON.stringify(inline.enabled ?? false)}; add an aws.s3.BucketVersioning with status "Enabled"`
        : `bucket ${bucket.name} has no aws.s3.BucketVersioning; add one with versioningConfiguration.status "Enabled"`,
    );
  },
  examples: {
    compliant: [
      [
        { type: "aws:s3/bucket:Bucket", name: "data", props: {} },
        {
          type: "aws:s3/bucketVersioning:BucketVersioning",
          name: "data-versioning",
          props: { bucket: UNKNOWN, versioningConfiguration: { status: "Enabled" } },
          refs: { bucket: ["data"] },
        },
      ],
      [{ type: "aws:s3/bucket:Bucket", name: "legacy", props: { id: "legacy-1", versioning: { enabled: true, mfaDelete: false } } }],
      [{ type: "aws:s3/bucketV2:BucketV2", name: "v6", props: { versionings: [{ enabled: true }] } }],
      [
        { type: "aws:s3/bucketV2:BucketV2", name: "state", props: { id: "state-1", bucket: "state-1" } },
        {
          type: "aws:s3/bucketVersioningV2:BucketVersioningV2",
          name: "state-versioning",
          props: { bucket: "state-1", versioningConfiguration: { status: "Enabled" } },
        },
      ],
    ],
    nonCompliant: [
      [{ type: "aws:s3/bucket:Bucket", name: "docs", props: { id: "docs-4936161", versioning: { enabled: false, mfaDelete: false } } }],
      [{ type: "aws:s3/bucketV2:BucketV2", name: "none", props: {} }],
      [
        { type: "aws:s3/bucket:Bucket", name: "suspended", props: {} },
        {
          type: "aws:s3/bucketVersioning:BucketVersioning",
          name: "suspended-versioning",
          props: { bucket: UNKNOWN, versioningConfiguration: { status: "Suspended" } },
          refs: { bucket: ["suspended"] },
        },
      ],
    ],
  },
});
