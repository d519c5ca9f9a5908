import {
  GetBucketTaggingCommand,
  GetPublicAccessBlockCommand,
  type PublicAccessBlockConfiguration,
  PutPublicAccessBlockCommand,
} from "@aws-sdk/client-s3";
import type { Runbook } from "../core/runbook";
import type { AwsClients } from "./clients";
import { envelope, requireString, securityHubFinding, tagMap, triggerOf } from "./events";

interface Target {
  account: string;
  region: string;
  bucket: string;
}

const ALL_ON: Required<PublicAccessBlockConfiguration> = {
  BlockPublicAcls: true,
  IgnorePublicAcls: true,
  BlockPublicPolicy: true,
  RestrictPublicBuckets: true,
};

const PUBLIC_EVENTS = ["DeleteBucketPublicAccessBlock", "PutBucketPublicAccessBlock", "PutBucketPolicy", "PutBucketAcl"];

function missing(err: unknown, code: string): boolean {
  return (err as { name?: string })?.name === code;
}

/**
 * Bucket made public: the bucket's public access block is restored with all four settings on. Nothing is deleted:
 * the bucket policy and ACLs stay as they are and simply stop granting public access, so the owner can review them.
 */
export const s3PublicAccessBlock: Runbook<Target, AwsClients> = {
  id: "aws-restore-s3-public-access-block",
  cloud: "aws",
  controlId: "aws-s3-bucket-public-access-block",
  title: "Restore the S3 bucket public access block",
  trigger:
    "CloudTrail DeleteBucketPublicAccessBlock / PutBucketPublicAccessBlock / PutBucketPolicy / PutBucketAcl; Security Hub S3.8, S3.2, S3.3",
  action: "s3:PutBucketPublicAccessBlock with all four settings on",
  triggerOf,
  parse(event) {
    const e = envelope(event);
    if (!e) return undefined;
    const finding = securityHubFinding(e, ["S3.8", "S3.2", "S3.3"]);
    if (finding) {
      const res = finding.Resources?.find((r: { Type?: string }) => r.Type === "AwsS3Bucket");
      const arn = requireString(res?.Id, "AwsS3Bucket resource id");
      return {
        account: requireString(finding.AwsAccountId, "AwsAccountId"),
        region: requireString(res.Region ?? finding.Region, "Region"),
        bucket: arn.replace(/^arn:[^:]+:s3:::/, ""),
      };
    }
    if (e.source !== "aws.s3" || e["detail-type"] !== "AWS API Call via CloudTrail") return undefined;
    const d = e.detail ?? {};
    if (!PUBLIC_EVENTS.includes(d.eventName) || d.errorCode) return undefined;
    return {
      account: requireString(d.recipientAccountId ?? e.account, "account"),
      region: requireString(d.awsRegion ?? e.region, "region"),
      bucket: requireString(d.requestParameters?.bucketName, "requestParameters.bucketName"),
    };
  },
  scopeOf: (t) => ({ kind: "account", id: t.account }),
  plan: (t) => [`turn on all four public access block settings of s3://${t.bucket} (account ${t.account}) if any is off`],
  async respond(t, clients, r) {
    const { s3 } = await clients.forAccount(t.account, t.region);
    const resource = { id: `arn:aws:s3:::${t.bucket}`, scope: t.account, region: t.region };
    const tags = await s3.send(new GetBucketTaggingCommand({ Bucket: t.bucket, ExpectedBucketOwner: t.account })).then(
      (o) => tagMap(o.TagSet),
      (err) => {
        if (missing(err, "NoSuchTagSet")) return {};
        throw err;
      },
    );
    const excluded = r.tagExcluded(tags);
    if (excluded) r.exclude(excluded);
    const before: PublicAccessBlockConfiguration = await s3
      .send(new GetPublicAccessBlockCommand({ Bucket: t.bucket, ExpectedBucketOwner: t.account }))
      .then(
        (o) => o.PublicAccessBlockConfiguration ?? {},
        (err) => {
          if (missing(err, "NoSuchPublicAccessBlockConfiguration")) return {};
          throw err;
        },
      );
    const normal = { ...Object.fromEntries(Object.keys(ALL_ON).map((k) => [k, false])), ...before };
    if (Object.keys(ALL_ON).every((k) => normal[k as keyof typeof normal] === true)) return { resource, before: normal, after: normal };
    await r.act("s3:PutBucketPublicAccessBlock", resource.id, { Bucket: t.bucket, PublicAccessBlockConfiguration: ALL_ON }, () =>
      s3.send(
        new PutPublicAccessBlockCommand({ Bucket: t.bucket, ExpectedBucketOwner: t.account, PublicAccessBlockConfiguration: ALL_ON }),
      ),
    );
    return { resource, before: normal, after: r.mode === "dry-run" ? normal : ALL_ON };
  },
};
