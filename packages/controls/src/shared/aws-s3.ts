import type { StackResource } from "../model/control";
import type { StackView } from "../model/stack-view";
import { listOf, objectsOf } from "./network";

/**
 * S3 buckets in all the shapes Pulumi programs and state carry them.
 *
 * - `aws:s3/bucket:Bucket` written by @pulumi/aws v5/v6 (and still accepted, deprecated, by v7) carries its
 *   configuration inline: `serverSideEncryptionConfiguration.rule`, `versioning`, `loggings` (v6 state)
 *   or `logging` (v7), `acl`, `grants`, `policy`.
 * - `aws:s3/bucketV2:BucketV2` of v6 carries the same inline configuration in list form
 *   (`serverSideEncryptionConfigurations[].rules[]`, `versionings[]`, `loggings[]`).
 * - v7 programs configure a bucket through separate resources whose `bucket` property names it
 *   (`BucketServerSideEncryptionConfiguration`, `BucketVersioning`, `BucketLogging`, `BucketPolicy`, …,
 *   and their `…V2` aliases). At preview the bucket's name is usually unknown, so the link shows in the
 *   resource's `propertyDependencies.bucket`; in exported state, through the bucket's id or name.
 *
 * A separate resource, when there is one, decides: it is what the provider applies last.
 */

export const BUCKET_TYPES = ["aws:s3/bucket:Bucket", "aws:s3/bucketV2:BucketV2"] as const;
export const SSE_TYPES = [
  "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
  "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
] as const;
export const VERSIONING_TYPES = ["aws:s3/bucketVersioning:BucketVersioning", "aws:s3/bucketVersioningV2:BucketVersioningV2"] as const;
export const LOGGING_TYPES = ["aws:s3/bucketLogging:BucketLogging", "aws:s3/bucketLoggingV2:BucketLoggingV2"] as const;
export const POLICY_TYPES = ["aws:s3/bucketPolicy:BucketPolicy"] as const;
export const ACL_TYPES = ["aws:s3/bucketAcl:BucketAcl", "aws:s3/bucketAclV2:BucketAclV2"] as const;
export const OWNERSHIP_TYPES = ["aws:s3/bucketOwnershipControls:BucketOwnershipControls"] as const;

/** Separate configuration resources of `types` that refer to `bucket` (see StackView.referencingOrUnknown). */
export function bucketConfigs(
  bucket: StackResource,
  stack: StackView,
  types: readonly string[],
): { found: StackResource[]; undecided: StackResource[] } {
  return stack.referencingOrUnknown(bucket, types, "bucket", ["id", "bucket"]);
}

// biome-ignore lint/suspicious/noExplicitAny: provider-shaped JSON
type Props = Record<string, any>;

/** `sseAlgorithm` values of a bucket's inline default-encryption rules (both inline shapes). */
export function inlineSseAlgorithms(props: Props): unknown[] {
  const out: unknown[] = [];
  const single = props.serverSideEncryptionConfiguration;
  if (single !== null && typeof single === "object") {
    // v5/v6 `rule` is an object; tolerate a list as well.
    const rules = Array.isArray(single.rule) ? objectsOf(single.rule) : objectsOf([single.rule]);
    for (const rule of rules) out.push(rule.applyServerSideEncryptionByDefault?.sseAlgorithm);
  }
  for (const config of objectsOf(props.serverSideEncryptionConfigurations)) {
    for (const rule of objectsOf(config.rules)) {
      for (const def of objectsOf(rule.applyServerSideEncryptionByDefaults)) out.push(def.sseAlgorithm);
    }
  }
  return out;
}

/** `sseAlgorithm` values of a separate encryption-configuration resource. */
export function splitSseAlgorithms(props: Props): unknown[] {
  return objectsOf(props.rules).map((rule) => rule.applyServerSideEncryptionByDefault?.sseAlgorithm);
}

/** The inline versioning block of a legacy bucket (`versioning` or the first of `versionings`), if any. */
export function inlineVersioning(props: Props): Props | undefined {
  const single = props.versioning;
  if (single !== null && typeof single === "object" && !Array.isArray(single)) return single;
  return objectsOf(props.versionings)[0];
}

/** True when a legacy bucket declares access logging inline (`logging` object or a `loggings` entry). */
export function hasInlineLogging(props: Props): boolean {
  const single = props.logging;
  if (single !== null && typeof single === "object" && !Array.isArray(single)) return true;
  return listOf(props.loggings).length > 0;
}

export const SSE_KMS_ALGORITHMS = ["aws:kms", "aws:kms:dsse"];

export const LIFECYCLE_TYPES = [
  "aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration",
  "aws:s3/bucketLifecycleConfigurationV2:BucketLifecycleConfigurationV2",
] as const;
export const NOTIFICATION_TYPES = ["aws:s3/bucketNotification:BucketNotification"] as const;
export const OBJECT_LOCK_TYPES = [
  "aws:s3/bucketObjectLockConfiguration:BucketObjectLockConfiguration",
  "aws:s3/bucketObjectLockConfigurationV2:BucketObjectLockConfigurationV2",
] as const;
