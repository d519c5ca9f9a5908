import * as cloudtrail from "@pulumi/aws/cloudtrail";
import * as cloudwatch from "@pulumi/aws/cloudwatch";
import * as iam from "@pulumi/aws/iam";
import * as s3 from "@pulumi/aws/s3";
import * as pulumi from "@pulumi/pulumi";
import type { LandingZoneConfig } from "../config";
import { accessLogBucketName, defaultTags, LOG_PREFIX, logBucketName, ORGANIZATION_TRAIL, ROLE_NAMES, trailArn } from "../conventions";
import type { LandingZoneAccount } from "./organization";
import { PurposeKey } from "./purpose-key";

export interface CentralLoggingArgs {
  config: LandingZoneConfig;
  logArchive: LandingZoneAccount;
  audit: LandingZoneAccount;
  management: LandingZoneAccount;
  /** The organisation trail needs trusted access for CloudTrail first. */
  organization: pulumi.Resource;
}

const TLS_ONLY = (resources: pulumi.Input<string>[]) => ({
  Sid: "DenyInsecureTransport",
  Effect: "Deny",
  Principal: "*",
  Action: "s3:*",
  Resource: resources,
  Condition: { Bool: { "aws:SecureTransport": "false" } },
});

/**
 * The organisation's log archive: one locked, versioned, KMS-encrypted bucket in the log-archive account
 * that receives the organisation trail, AWS Config snapshots and VPC flow logs of every account, with
 * server access logs in a second bucket. Only the organisation and the delivering AWS services (each
 * confined to the organisation) can reach it, and only over TLS.
 */
export class CentralLogging extends pulumi.ComponentResource {
  readonly logsKey: PurposeKey;
  readonly bucketName: string;
  readonly bucketArn: string;
  readonly trail: cloudtrail.Trail;
  /** Where the trail delivers in CloudWatch Logs (management account), for alarms and queries. */
  readonly trailLogGroup: cloudwatch.LogGroup;

  constructor(name: string, args: CentralLoggingArgs, opts?: pulumi.ComponentResourceOptions) {
    super("palisade:aws:CentralLogging", name, {}, opts);
    const { config, logArchive, audit, management } = args;
    const orgId = config.organization.id;
    const mgmtId = config.organization.managementAccountId;
    const region = config.homeRegion;
    const inArchive = { parent: this, provider: logArchive.provider };
    const inManagement = { parent: this, provider: management.provider };
    const orgCondition = { StringEquals: { "aws:SourceOrgID": orgId } };

    this.bucketName = logBucketName(config);
    this.bucketArn = `arn:aws:s3:::${this.bucketName}`;
    const accessLogBucket = accessLogBucketName(config);
    const accessLogArn = `arn:aws:s3:::${accessLogBucket}`;

    this.logsKey = new PurposeKey(
      "logs-key",
      {
        purpose: "logs",
        description: "Encrypts the organisation's log archive: CloudTrail, AWS Config and VPC flow logs",
        accountId: logArchive.id,
        provider: logArchive.provider,
        tags: defaultTags(config),
        statements: [
          {
            Sid: "CloudTrailEncryptLogs",
            Effect: "Allow",
            Principal: { Service: "cloudtrail.amazonaws.com" },
            Action: ["kms:GenerateDataKey*", "kms:DescribeKey"],
            Resource: "*",
            Condition: {
              StringEquals: { "aws:SourceArn": trailArn(config) },
              StringLike: { "kms:EncryptionContext:aws:cloudtrail:arn": `arn:aws:cloudtrail:*:${mgmtId}:trail/*` },
            },
          },
          {
            Sid: "ConfigDeliverSnapshots",
            Effect: "Allow",
            Principal: { Service: "config.amazonaws.com" },
            Action: ["kms:GenerateDataKey", "kms:Decrypt"],
            Resource: "*",
            Condition: orgCondition,
          },
          {
            Sid: "FlowLogsDelivery",
            Effect: "Allow",
            Principal: { Service: "delivery.logs.amazonaws.com" },
            Action: ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"],
            Resource: "*",
            Condition: orgCondition,
          },
          {
            // Investigators in the audit account read logs through S3 only.
            Sid: "AuditReadsLogsThroughS3",
            Effect: "Allow",
            Principal: { AWS: pulumi.interpolate`arn:aws:iam::${audit.id}:root` },
            Action: ["kms:Decrypt", "kms:DescribeKey"],
            Resource: "*",
            Condition: { StringEquals: { "kms:ViaService": `s3.${region}.amazonaws.com` } },
          },
        ],
      },
      { parent: this },
    );

    // --- Server access logs of the archive. S3 can deliver access logs only to SSE-S3 buckets.
    const accessLogs = new s3.Bucket(
      "access-logs",
      { bucket: accessLogBucket, forceDestroy: false, tags: defaultTags(config) },
      { ...inArchive, protect: true },
    );
    new s3.BucketVersioning("access-logs-versioning", { bucket: accessLogs.id, versioningConfiguration: { status: "Enabled" } }, inArchive);
    new s3.BucketServerSideEncryptionConfiguration(
      "access-logs-sse",
      { bucket: accessLogs.id, rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } }] },
      inArchive,
    );
    this.blockPublicAccess("access-logs", accessLogs, inArchive);
    new s3.BucketOwnershipControls(
      "access-logs-ownership",
      { bucket: accessLogs.id, rule: { objectOwnership: "BucketOwnerEnforced" } },
      inArchive,
    );
    new s3.BucketPolicy(
      "access-logs-policy",
      {
        bucket: accessLogs.id,
        policy: pulumi.jsonStringify({
          Version: "2012-10-17",
          Statement: [
            TLS_ONLY([accessLogArn, `${accessLogArn}/*`]),
            {
              Sid: "S3ServerAccessLogsDelivery",
              Effect: "Allow",
              Principal: { Service: "logging.s3.amazonaws.com" },
              Action: "s3:PutObject",
              Resource: `${accessLogArn}/*`,
              Condition: { ArnLike: { "aws:SourceArn": this.bucketArn }, StringEquals: { "aws:SourceAccount": logArchive.id } },
            },
          ],
        }),
      },
      inArchive,
    );
    this.lifecycle("access-logs", accessLogs, config, inArchive);

    // --- The archive itself.
    const bucket = new s3.Bucket(
      "org-logs",
      { bucket: this.bucketName, objectLockEnabled: true, forceDestroy: false, tags: defaultTags(config) },
      { ...inArchive, protect: true },
    );
    const versioning = new s3.BucketVersioning(
      "org-logs-versioning",
      { bucket: bucket.id, versioningConfiguration: { status: "Enabled" } },
      inArchive,
    );
    new s3.BucketObjectLockConfiguration(
      "org-logs-object-lock",
      {
        bucket: bucket.id,
        objectLockEnabled: "Enabled",
        rule: { defaultRetention: { mode: config.logging.objectLockMode, days: config.logging.objectLockDays } },
      },
      { ...inArchive, dependsOn: [versioning] },
    );
    new s3.BucketServerSideEncryptionConfiguration(
      "org-logs-sse",
      {
        bucket: bucket.id,
        rules: [
          { applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: this.logsKey.arn }, bucketKeyEnabled: true },
        ],
      },
      inArchive,
    );
    this.blockPublicAccess("org-logs", bucket, inArchive);
    new s3.BucketOwnershipControls(
      "org-logs-ownership",
      { bucket: bucket.id, rule: { objectOwnership: "BucketOwnerEnforced" } },
      inArchive,
    );
    new s3.BucketLogging(
      "org-logs-access-logging",
      { bucket: bucket.id, targetBucket: accessLogs.id, targetPrefix: `${this.bucketName}/` },
      inArchive,
    );
    this.lifecycle("org-logs", bucket, config, inArchive);

    const writes = (sid: string, service: string, prefix: string, condition: Record<string, string>) => [
      {
        Sid: `${sid}AclCheck`,
        Effect: "Allow",
        Principal: { Service: service },
        Action: ["s3:GetBucketAcl", "s3:ListBucket"],
        Resource: this.bucketArn,
        Condition: { StringEquals: condition },
      },
      {
        Sid: `${sid}Write`,
        Effect: "Allow",
        Principal: { Service: service },
        Action: "s3:PutObject",
        Resource: `${this.bucketArn}/${prefix}`,
        Condition: { StringEquals: { ...condition, "s3:x-amz-acl": "bucket-owner-full-control" } },
      },
    ];
    const bucketPolicy = new s3.BucketPolicy(
      "org-logs-policy",
      {
        bucket: bucket.id,
        policy: JSON.stringify({
          Version: "2012-10-17",
          Statement: [
            TLS_ONLY([this.bucketArn, `${this.bucketArn}/*`]),
            {
              Sid: "DenyOutsideOrganization",
              Effect: "Deny",
              Principal: "*",
              Action: "s3:*",
              Resource: [this.bucketArn, `${this.bucketArn}/*`],
              Condition: {
                StringNotEqualsIfExists: { "aws:PrincipalOrgID": orgId },
                BoolIfExists: { "aws:PrincipalIsAWSService": "false" },
              },
            },
            ...writes("CloudTrail", "cloudtrail.amazonaws.com", "AWSLogs/*", { "aws:SourceArn": trailArn(config) }),
            ...writes("Config", "config.amazonaws.com", `${LOG_PREFIX.config}/AWSLogs/*`, { "aws:SourceOrgID": orgId }),
            ...writes("FlowLogs", "delivery.logs.amazonaws.com", `${LOG_PREFIX.flowLogs}/AWSLogs/*`, { "aws:SourceOrgID": orgId }),
          ],
        }),
      },
      inArchive,
    );

    // --- Organisation trail (created in the management account, delivered to the archive).
    const trailKey = new PurposeKey(
      "trail-log-group-key",
      {
        purpose: "logs",
        description: "Encrypts the organisation trail's CloudWatch Logs group",
        accountId: mgmtId,
        provider: management.provider,
        tags: defaultTags(config),
        statements: [
          {
            Sid: "CloudWatchLogsUse",
            Effect: "Allow",
            Principal: { Service: `logs.${region}.amazonaws.com` },
            Action: ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"],
            Resource: "*",
            Condition: { ArnLike: { "kms:EncryptionContext:aws:logs:arn": `arn:aws:logs:${region}:${mgmtId}:log-group:/palisade/*` } },
          },
        ],
      },
      { parent: this },
    );
    // ARNs built from known parts: the trail's delivery can be checked at preview.
    const logGroupName = "/palisade/cloudtrail/organization";
    const logGroupArn = `arn:aws:logs:${region}:${mgmtId}:log-group:${logGroupName}`;
    this.trailLogGroup = new cloudwatch.LogGroup(
      "trail-log-group",
      { name: logGroupName, retentionInDays: config.logging.cloudWatchRetentionDays, kmsKeyId: trailKey.arn },
      inManagement,
    );
    const trailRole = new iam.Role(
      "trail-cloudwatch-role",
      {
        name: ROLE_NAMES.trailToCloudWatch,
        tags: defaultTags(config),
        description: "Lets CloudTrail deliver the organisation trail to CloudWatch Logs",
        assumeRolePolicy: JSON.stringify({
          Version: "2012-10-17",
          Statement: [
            {
              Effect: "Allow",
              Principal: { Service: "cloudtrail.amazonaws.com" },
              Action: "sts:AssumeRole",
              Condition: { StringEquals: { "aws:SourceArn": trailArn(config) } },
            },
          ],
        }),
      },
      inManagement,
    );
    const trailRolePolicy = new iam.RolePolicy(
      "trail-cloudwatch-policy",
      {
        role: trailRole.name,
        policy: pulumi.jsonStringify({
          Version: "2012-10-17",
          Statement: [
            {
              Effect: "Allow",
              Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
              Resource: `${logGroupArn}:log-stream:*`,
            },
          ],
        }),
      },
      inManagement,
    );
    this.trail = new cloudtrail.Trail(
      "organization-trail",
      {
        name: ORGANIZATION_TRAIL,
        tags: defaultTags(config),
        s3BucketName: this.bucketName,
        isOrganizationTrail: true,
        isMultiRegionTrail: true,
        includeGlobalServiceEvents: true,
        enableLogFileValidation: true,
        enableLogging: true,
        kmsKeyId: this.logsKey.arn,
        cloudWatchLogsGroupArn: `${logGroupArn}:*`,
        cloudWatchLogsRoleArn: `arn:aws:iam::${mgmtId}:role/${ROLE_NAMES.trailToCloudWatch}`,
        eventSelectors: [
          {
            readWriteType: "All",
            includeManagementEvents: true,
            // CIS: object-level read and write events of every bucket.
            dataResources: config.logging.s3DataEvents ? [{ type: "AWS::S3::Object", values: ["arn:aws:s3"] }] : [],
          },
        ],
      },
      { ...inManagement, dependsOn: [bucketPolicy, this.trailLogGroup, trailRole, trailRolePolicy, args.organization] },
    );
    this.registerOutputs({ bucketName: this.bucketName, trailArn: this.trail.arn });
  }

  private blockPublicAccess(name: string, bucket: s3.Bucket, opts: pulumi.CustomResourceOptions): void {
    new s3.BucketPublicAccessBlock(
      `${name}-public-access-block`,
      { bucket: bucket.id, blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true },
      opts,
    );
  }

  /** Logs move to cheaper storage after 90 days and expire after the retention period. */
  private lifecycle(name: string, bucket: s3.Bucket, config: LandingZoneConfig, opts: pulumi.CustomResourceOptions): void {
    new s3.BucketLifecycleConfiguration(
      `${name}-lifecycle`,
      {
        bucket: bucket.id,
        rules: [
          {
            id: "archive-then-expire",
            status: "Enabled",
            filter: {},
            transitions: [{ days: 90, storageClass: "GLACIER_IR" }],
            expiration: { days: config.logging.retentionDays },
            noncurrentVersionExpiration: { noncurrentDays: 30 },
            abortIncompleteMultipartUpload: { daysAfterInitiation: 7 },
          },
        ],
      },
      opts,
    );
  }
}
