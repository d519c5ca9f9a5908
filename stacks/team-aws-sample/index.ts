import * as ebs from "@pulumi/aws/ebs";
import * as ec2 from "@pulumi/aws/ec2";
import * as iam from "@pulumi/aws/iam";
import * as kms from "@pulumi/aws/kms";
import * as s3 from "@pulumi/aws/s3";
import * as ssm from "@pulumi/aws/ssm";
import * as pulumi from "@pulumi/pulumi";

// Provider submodules only: loading the whole @pulumi/aws SDK costs seconds for nothing.
const config = new pulumi.Config();
const hardened = config.requireBoolean("hardened");
// The organisation's required tags; the hurried version forgets them.
const tags: Record<string, string> = hardened ? { owner: "payments-team", environment: "dev" } : {};

const dataKey = new kms.Key("data-key", {
  description: "Encrypts the team's data bucket",
  enableKeyRotation: hardened,
  deletionWindowInDays: 30,
  tags,
});

const bucket = new s3.Bucket("data", { forceDestroy: false, tags: { ...tags, team: "payments" } });

new s3.BucketServerSideEncryptionConfiguration("data-sse", {
  bucket: bucket.id,
  rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: dataKey.arn }, bucketKeyEnabled: true }],
});

if (hardened) {
  const accessLogs = new s3.Bucket("data-access-logs", { tags });
  new s3.BucketPublicAccessBlock("data-access-logs-pab", {
    bucket: accessLogs.id,
    blockPublicAcls: true,
    blockPublicPolicy: true,
    ignorePublicAcls: true,
    restrictPublicBuckets: true,
  });
  new s3.BucketServerSideEncryptionConfiguration("data-access-logs-sse", {
    bucket: accessLogs.id,
    rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: dataKey.arn } }],
  });
  new s3.BucketVersioning("data-access-logs-versioning", { bucket: accessLogs.id, versioningConfiguration: { status: "Enabled" } });
  new s3.BucketLogging("data-logging", { bucket: bucket.id, targetBucket: accessLogs.id, targetPrefix: "data/" });
  new s3.BucketVersioning("data-versioning", { bucket: bucket.id, versioningConfiguration: { status: "Enabled" } });
  for (const [name, target] of [
    ["data", bucket],
    ["data-access-logs", accessLogs],
  ] as const) {
    new s3.BucketPolicy(`${name}-tls-only`, {
      bucket: target.id,
      policy: pulumi.jsonStringify({
        Version: "2012-10-17",
        Statement: [
          {
            Sid: "DenyInsecureTransport",
            Effect: "Deny",
            Principal: "*",
            Action: "s3:*",
            Resource: [target.arn, pulumi.interpolate`${target.arn}/*`],
            Condition: { Bool: { "aws:SecureTransport": "false" } },
          },
        ],
      }),
    });
  }
  new s3.BucketPublicAccessBlock("data-pab", {
    bucket: bucket.id,
    blockPublicAcls: true,
    blockPublicPolicy: true,
    ignorePublicAcls: true,
    restrictPublicBuckets: true,
  });
}

const web = new ec2.SecurityGroup("web", {
  description: "Web tier",
  ingress: [
    { protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"], description: "HTTPS" },
    // The hurried version opens SSH to the world "just for debugging".
    ...(hardened ? [] : [{ protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["0.0.0.0/0"], description: "SSH" }]),
  ],
  egress: [{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] }],
  tags,
});

const appRole = new iam.Role("app", {
  assumeRolePolicy: JSON.stringify({
    Version: "2012-10-17",
    Statement: [{ Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" }],
  }),
  tags,
});
const appProfile = new iam.InstanceProfile("app", { role: appRole.name, tags });

const server = new ec2.Instance("app", {
  ami: "ami-0123456789abcdef0",
  instanceType: "t3.micro",
  vpcSecurityGroupIds: [web.id],
  metadataOptions: hardened ? { httpTokens: "required", httpEndpoint: "enabled" } : { httpTokens: "optional" },
  ...(hardened ? { iamInstanceProfile: appProfile.name } : {}),
  tags: { ...tags, team: "payments" },
});

new ebs.Volume("scratch", {
  availabilityZone: "eu-west-1a",
  size: 20,
  encrypted: hardened,
  ...(hardened ? { kmsKeyId: dataKey.arn } : {}),
  tags,
});

// A secret from stack config: it must never appear in any Palisade output.
new ssm.Parameter("db-password", { type: "SecureString", value: config.requireSecret("dbPassword"), keyId: dataKey.arn, tags });

export const bucketName = bucket.bucket;
export const instanceId = server.id;
