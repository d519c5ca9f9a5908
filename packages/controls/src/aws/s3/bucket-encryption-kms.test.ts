import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ExampleResource } from "../../model/control";
import { runExample } from "../../testing/harness";
import { s3BucketAccessLogging } from "./bucket-access-logging";
import { s3BucketEncryptionKms } from "./bucket-encryption-kms";
import { s3BucketTlsOnly } from "./bucket-tls-only";
import { s3BucketVersioning } from "./bucket-versioning";

/**
 * S3 controls on exported state: ids are known, propertyDependencies are often absent (older CLIs, or
 * resources imported), and the bucket may be the legacy inline one of @pulumi/aws v6 or the v7 bucket
 * with separate configuration resources.
 */

const FIXTURE = join(__dirname, "..", "..", "..", "test-fixtures", "pulumi-real", "sample-export.json");

interface ExportedResource {
  urn: string;
  type: string;
  outputs?: Record<string, unknown>;
}

/** The exported resources of `types`, as example resources whose props are the state's outputs (no refs). */
function fromExport(path: string, types: readonly string[]): ExampleResource[] {
  const exported = JSON.parse(readFileSync(path, "utf8")) as { deployment: { resources: ExportedResource[] } };
  return exported.deployment.resources
    .filter((r) => types.includes(r.type))
    .map((r) => ({ type: r.type, name: r.urn.split("::").pop(), props: r.outputs ?? {} }));
}

describe("real v6 state (pulumi stack export, @pulumi/aws 6.63)", () => {
  const buckets = () => fromExport(FIXTURE, ["aws:s3/bucket:Bucket"]);

  it("reads the legacy inline configuration of the bucket", () => {
    const stack = buckets();
    expect(stack).toHaveLength(1);
    const sse = runExample(s3BucketEncryptionKms, stack);
    expect(sse.status).toBe("fail");
    if (sse.status === "fail") expect(sse.violations[0].message).toContain("AES256");
    expect(runExample(s3BucketVersioning, stack).status).toBe("fail");
    expect(runExample(s3BucketAccessLogging, stack).status).toBe("fail");
    expect(runExample(s3BucketTlsOnly, stack).status).toBe("fail");
  });

  it("lets a separate configuration resource naming the bucket id decide, without propertyDependencies", () => {
    const [bucket] = buckets();
    const id = (bucket.props as { id: string }).id;
    const stack: ExampleResource[] = [
      bucket,
      {
        type: "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
        name: "docs-sse",
        props: { id, bucket: id, rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: "" } }] },
      },
      {
        type: "aws:s3/bucketVersioningV2:BucketVersioningV2",
        name: "docs-versioning",
        props: { id, bucket: id, versioningConfiguration: { status: "Enabled" } },
      },
      {
        type: "aws:s3/bucketLoggingV2:BucketLoggingV2",
        name: "docs-logging",
        props: { id, bucket: id, targetBucket: "logs-1", targetPrefix: "docs/" },
      },
    ];
    expect(runExample(s3BucketEncryptionKms, stack).status).toBe("pass");
    expect(runExample(s3BucketVersioning, stack).status).toBe("pass");
    expect(runExample(s3BucketAccessLogging, stack).status).toBe("pass");
  });
});

describe("v7 state with separate resources", () => {
  const bucket: ExampleResource = {
    type: "aws:s3/bucket:Bucket",
    name: "data",
    // v7 state still carries the computed inline default (SSE-S3); the separate resource decides.
    props: {
      id: "data-7c1e2f",
      bucket: "data-7c1e2f",
      arn: "arn:aws:s3:::data-7c1e2f",
      serverSideEncryptionConfiguration: { rule: { applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } } },
    },
  };

  it("matches the configuration resource by bucket name", () => {
    const sse: ExampleResource = {
      type: "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
      name: "data-sse",
      props: { id: "data-7c1e2f", bucket: "data-7c1e2f", rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms" } }] },
    };
    expect(runExample(s3BucketEncryptionKms, [bucket, sse]).status).toBe("pass");
  });

  it("does not take another bucket's configuration", () => {
    const other: ExampleResource = {
      type: "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
      name: "other-sse",
      props: { bucket: "other-bucket", rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms" } }] },
    };
    const verdict = runExample(s3BucketEncryptionKms, [bucket, other]);
    expect(verdict.status).toBe("fail");
  });

  it("cannot decide while another configuration's bucket is unknown", () => {
    const pending: ExampleResource = {
      type: "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
      name: "pending-sse",
      props: {
        bucket: "04da6b54-80e4-46f7-96ec-b56ff0331ba9",
        rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms" } }],
      },
    };
    expect(runExample(s3BucketEncryptionKms, [bucket, pending]).status).toBe("cannot-evaluate");
  });

  it("checks the policy of a BucketPolicy named by bucket id", () => {
    const policy: ExampleResource = {
      type: "aws:s3/bucketPolicy:BucketPolicy",
      name: "data-policy",
      props: {
        bucket: "data-7c1e2f",
        policy: JSON.stringify({
          Statement: [
            {
              Effect: "Deny",
              Principal: "*",
              Action: "s3:*",
              Resource: ["arn:aws:s3:::data-7c1e2f", "arn:aws:s3:::data-7c1e2f/*"],
              Condition: { Bool: { "aws:SecureTransport": "false" } },
            },
          ],
        }),
      },
    };
    expect(runExample(s3BucketTlsOnly, [bucket, policy]).status).toBe("pass");
  });
});
