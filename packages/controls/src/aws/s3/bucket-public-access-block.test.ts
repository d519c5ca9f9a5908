import { describe, expect, it } from "vitest";
import { runExample } from "../../testing/harness";
import { s3BucketPublicAccessBlock } from "./bucket-public-access-block";

const bucket = { type: "aws:s3/bucketV2:BucketV2", name: "site", props: {} };
const block = (props: Record<string, unknown>) => ({
  type: "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock",
  name: "site-pab",
  props: { bucket: "04da6b54-80e4-46f7-96ec-b56ff0331ba9", ...props },
  refs: { bucket: ["site"] },
});

describe("aws-s3-bucket-public-access-block", () => {
  it("reports a block with four false settings as one finding naming all four", () => {
    const verdict = runExample(s3BucketPublicAccessBlock, [
      bucket,
      block({ blockPublicAcls: false, blockPublicPolicy: false, ignorePublicAcls: false, restrictPublicBuckets: false }),
    ]);
    expect(verdict.status).toBe("fail");
    if (verdict.status !== "fail") return;
    expect(verdict.violations).toHaveLength(1);
    for (const s of ["blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets"]) {
      expect(verdict.violations[0].message).toContain(s);
    }
  });

  it("names only the settings that are off, including absent ones", () => {
    const verdict = runExample(s3BucketPublicAccessBlock, [
      bucket,
      block({ blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true }),
    ]);
    expect(verdict.status).toBe("fail");
    if (verdict.status !== "fail") return;
    expect(verdict.violations).toHaveLength(1);
    expect(verdict.violations[0].property).toBe("restrictPublicBuckets");
    expect(verdict.violations[0].message).toContain("restrictPublicBuckets: null");
    expect(verdict.violations[0].message).not.toContain("blockPublicAcls");
  });
});
