import { defineControl } from "../../model/control";
import { UNKNOWN } from "../../model/unknowns";
import { cannotEvaluate, fail, pass } from "../../model/verdict";
import { BUCKET_TYPES, bucketConfigs, NOTIFICATION_TYPES } from "../../shared/aws-s3";
import { listOf } from "../../shared/network";

export const s3BucketEventNotifications = defineControl({
  id: "aws-s3-bucket-event-notifications",
  title: "S3 buckets send event notifications",
  rationale:
    "Notifications (to EventBridge, SNS, SQS or Lambda) let deletions, overwrites and unexpected writes be seen and acted on as they happen.",
  severity: "low",
  cloud: "aws",
  service: "s3",
  resourceTypes: BUCKET_TYPES,
  frameworks: {
    "aws-fsbp": ["S3.11"],
    "nist-800-53-r5": ["SI-4", "CA-7"],
    soc2: ["CC7.2"],
    "iso27001-2022": ["A.8.16"],
  },
  remediation: "Add an aws.s3.BucketNotification for the bucket with eventbridge: true (or topics, queues, lambdaFunctions).",
  enforcementLevel: "advisory",
  tags: ["monitoring"],
  correlatedCheck: (bucket, stack) => {
    const { found, undecided } = bucketConfigs(bucket, stack, NOTIFICATION_TYPES);
    const active = (n: (typeof found)[number]) =>
      n.props.eventbridge === true || ["topics", "queues", "lambdaFunctions"].some((p) => listOf(n.props[p]).length > 0);
    if (found.some(active)) return pass();
    if (found.length === 0 && undecided.length > 0) {
      return cannotEvaluate("bucket", `${undecided[0].name}.bucket is unknown and may refer to this bucket`);
    }
    return fail(
      "BucketNotification",
      `bucket ${bucket.name} has no event notification; add an aws.s3.BucketNotification (eventbridge: true)`,
    );
  },
  examples: {
    compliant: [
      [
        { type: "aws:s3/bucket:Bucket", name: "uploads", props: {} },
        {
          type: "aws:s3/bucketNotification:BucketNotification",
          name: "uploads-events",
          props: { bucket: UNKNOWN, eventbridge: true },
          refs: { bucket: ["uploads"] },
        },
      ],
    ],
    nonCompliant: [
      [{ type: "aws:s3/bucket:Bucket", name: "uploads", props: {} }],
      [
        { type: "aws:s3/bucket:Bucket", name: "uploads", props: {} },
        {
          type: "aws:s3/bucketNotification:BucketNotification",
          name: "uploads-events",
          props: { bucket: UNKNOWN, eventbridge: false },
          refs: { bucket: ["uploads"] },
        },
      ],
    ],
  },
});
