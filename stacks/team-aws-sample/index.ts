import * as ebs from "@pulumi/aws/ebs";
import * as ec2 from "@pulumi/aws/ec2";
import * as kms from "@pulumi/aws/kms";
import * as s3 from "@pulumi/aws/s3";
import * as ssm from "@pulumi/aws/ssm";
import * as pulumi from "@pulumi/pulumi";

// Provider submodules only: loading the whole @pulumi/aws SDK costs seconds for nothing.
const config = new pulumi.Config();
const hardened = config.requireBoolean("hardened");

const dataKey = new kms.Key("data-key", {
  description: "Encrypts the team's data bucket",
  enableKeyRotation: hardened,
  deletionWindowInDays: 30,
});

const bucket = new s3.Bucket("data", { forceDestroy: false, tags: { team: "payments", env: "dev" } });

new s3.BucketServerSideEncryptionConfiguration("data-sse", {
  bucket: bucket.id,
  rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: dataKey.arn }, bucketKeyEnabled: true }],
});

if (hardened) {
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
});

const server = new ec2.Instance("app", {
  ami: "ami-0123456789abcdef0",
  instanceType: "t3.micro",
  vpcSecurityGroupIds: [web.id],
  metadataOptions: hardened ? { httpTokens: "required", httpEndpoint: "enabled" } : { httpTokens: "optional" },
  tags: { team: "payments" },
});

new ebs.Volume("scratch", {
  availabilityZone: "eu-west-1a",
  size: 20,
  encrypted: hardened,
  ...(hardened ? { kmsKeyId: dataKey.arn } : {}),
});

// A secret from stack config: it must never appear in any Palisade output.
new ssm.Parameter("db-password", { type: "SecureString", value: config.requireSecret("dbPassword"), keyId: dataKey.arn });

export const bucketName = bucket.bucket;
export const instanceId = server.id;
