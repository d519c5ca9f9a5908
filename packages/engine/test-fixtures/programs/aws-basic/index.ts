import * as iam from "@pulumi/aws/iam";
import { Provider } from "@pulumi/aws/provider";
import * as s3 from "@pulumi/aws/s3";
import * as ssm from "@pulumi/aws/ssm";
import * as pulumi from "@pulumi/pulumi";

const config = new pulumi.Config();

/** A component so that some resources have a parent other than the stack. */
class AuditStore extends pulumi.ComponentResource {
  readonly bucket: s3.Bucket;
  constructor(name: string, opts?: pulumi.ComponentResourceOptions) {
    super("palisade:fixtures:AuditStore", name, {}, opts);
    this.bucket = new s3.Bucket(`${name}-bucket`, { tags: { purpose: "audit" } }, { parent: this, protect: true, ignoreChanges: ["tags"] });
    this.registerOutputs({ bucketName: this.bucket.bucket });
  }
}

const usEast = new Provider("us-east", { region: "us-east-1" });

const logs = new s3.Bucket("logs", {
  bucket: `${config.require("bucketPrefix")}-logs`,
  forceDestroy: true,
});

const logsBlock = new s3.BucketPublicAccessBlock("logs-block", {
  bucket: logs.id,
  blockPublicAcls: true,
  blockPublicPolicy: true,
  ignorePublicAcls: true,
  restrictPublicBuckets: true,
});

const replica = new s3.Bucket(
  "replica",
  { bucket: "palisade-replica" },
  {
    provider: usEast,
    customTimeouts: { create: "5m", delete: "1h" },
    deleteBeforeReplace: true,
    retainOnDelete: true,
    aliases: [{ name: "old-replica" }],
  },
);

const audit = new AuditStore("audit", { dependsOn: [logsBlock] });

const readPolicy = iam.getPolicyDocumentOutput({
  statements: [
    {
      sid: "ReadLogs",
      principals: [{ type: "AWS", identifiers: ["arn:aws:iam::123456789012:root"] }],
      actions: ["s3:GetObject"],
      resources: ["arn:aws:s3:::palisade-logs/*"],
    },
  ],
});
new s3.BucketPolicy("logs-policy", { bucket: logs.id, policy: readPolicy.json });

new ssm.Parameter("api-token", { type: "SecureString", value: config.requireSecret("apiToken") });

export const replicaBucket = replica.bucket;
export const auditBucket = audit.bucket.bucket;
