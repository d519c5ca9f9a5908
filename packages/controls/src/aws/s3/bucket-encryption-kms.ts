import { defineControl } from "../../model/control";
import { UNKNOWN } from "../../model/unknowns";
import { cannotEvaluate, fail, pass } from "../../model/verdict";
import { BUCKET_TYPES, bucketConfigs, inlineSseAlgorithms, SSE_KMS_ALGORITHMS, SSE_TYPES, splitSseAlgorithms } from "../../shared/aws-s3";

function decide(algorithms: unknown[], where: string) {
  if (algorithms.some((a) => typeof a === "string" && SSE_KMS_ALGORITHMS.includes(a))) return pass();
  const found = algorithms.filter((a) => a !== undefined);
  return fail(
    where,
    `${where} uses ${found.length ? JSON.stringify(found) : "no sseAlgorithm"}; set applyServerSideEncryptionByDefault.sseAlgorithm to "aws:kms" (with kmsMasterKeyId a customer-managed key)`,
  );
}

/**
 * S3 encrypts every new object with SSE-S3 (AES256) by default; SSE-KMS adds a key policy and CloudTrail
 * records of every decrypt, so access to the data can be restricted and audited separately from S3.
 */
export const s3BucketEncryptionKms = defineControl({
  id: "aws-s3-bucket-encryption-kms",
  title: "S3 buckets encrypt objects with AWS KMS keys",
  rationale:
    "With SSE-S3 anyone allowed to read an object can decrypt it; SSE-KMS puts a second, separately audited permission (kms:Decrypt on the key) between a leaked credential or a mistaken bucket policy and the data.",
  severity: "medium",
  cloud: "aws",
  service: "s3",
  resourceTypes: BUCKET_TYPES,
  frameworks: {
    "aws-fsbp": ["S3.17"],
    "nist-800-53-r5": ["SC-28", "SC-28(1)", "SC-12", "SC-13"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["3.5.1"],
    hipaa: ["164.312(a)(2)(iv)"],
  },
  remediation:
    'Add an aws.s3.BucketServerSideEncryptionConfiguration for the bucket with rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: key.arn }, bucketKeyEnabled: true }].',
  enforcementLevel: "advisory",
  tags: ["encryption", "data-protection"],
  correlatedCheck: (bucket, stack) => {
    const { found, undecided } = bucketConfigs(bucket, stack, SSE_TYPES);
    if (found.length > 0) return decide(splitSseAlgorithms(found[0].props), `${found[0].name}.rules`);
    const inline = inlineSseAlgorithms(bucket.props);
    if (inline.some((a) => typeof a === "string" && SSE_KMS_ALGORITHMS.includes(a))) return pass();
    if (undecided.length > 0) return cannotEvaluate("bucket", `${undecided[0].name}.bucket is unknown and may refer to this bucket`);
    if (inline.length > 0) return decide(inline, "serverSideEncryptionConfiguration");
    return fail(
      "BucketServerSideEncryptionConfiguration",
      `bucket ${bucket.name} has no encryption configuration (S3 then uses SSE-S3); add an aws.s3.BucketServerSideEncryptionConfiguration with sseAlgorithm "aws:kms"`,
    );
  },
  examples: {
    compliant: [
      [
        { type: "aws:s3/bucket:Bucket", name: "data", props: {} },
        {
          type: "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
          name: "data-sse",
          props: { bucket: UNKNOWN, rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: UNKNOWN } }] },
          refs: { bucket: ["data"] },
        },
      ],
      [
        {
          type: "aws:s3/bucket:Bucket",
          name: "legacy",
          props: {
            id: "legacy-4936161",
            bucket: "legacy-4936161",
            serverSideEncryptionConfiguration: {
              rule: {
                applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: "arn:aws:kms:eu-west-1:111122223333:key/1" },
              },
            },
          },
        },
      ],
      [
        {
          type: "aws:s3/bucketV2:BucketV2",
          name: "v6",
          props: {
            serverSideEncryptionConfigurations: [{ rules: [{ applyServerSideEncryptionByDefaults: [{ sseAlgorithm: "aws:kms" }] }] }],
          },
        },
      ],
      [
        { type: "aws:s3/bucketV2:BucketV2", name: "state", props: { id: "state-1", bucket: "state-1" } },
        {
          type: "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
          name: "state-sse",
          props: { bucket: "state-1", rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms:dsse" } }] },
        },
      ],
    ],
    nonCompliant: [
      [{ type: "aws:s3/bucket:Bucket", name: "plain", props: {} }],
      [
        {
          type: "aws:s3/bucket:Bucket",
          name: "docs",
          props: {
            id: "docs-4936161",
            bucket: "docs-4936161",
            serverSideEncryptionConfiguration: {
              rule: { applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256", kmsMasterKeyId: "" } },
            },
          },
        },
      ],
      [
        { type: "aws:s3/bucket:Bucket", name: "s3", props: {} },
        {
          type: "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
          name: "s3-sse",
          props: { bucket: UNKNOWN, rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } }] },
          refs: { bucket: ["s3"] },
        },
      ],
    ],
  },
});
