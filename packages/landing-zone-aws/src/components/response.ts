import * as cloudwatch from "@pulumi/aws/cloudwatch";
import * as iam from "@pulumi/aws/iam";
import * as lambda from "@pulumi/aws/lambda";
import * as sns from "@pulumi/aws/sns";
import * as sqs from "@pulumi/aws/sqs";
import * as pulumi from "@pulumi/pulumi";
import type { LandingZoneConfig } from "../config";
import { CENTRAL_EVENT_BUS, defaultTags, ROLE_PREFIX } from "../conventions";
import type { LandingZoneAccount } from "./organization";
import { PurposeKey } from "./purpose-key";

export const RESPOND_FUNCTION = `${ROLE_PREFIX}respond`;
/** The role the function assumes in every member account (covered by the `palisade-*` protected-role pattern). */
export const RESPOND_MEMBER_ROLE = `${ROLE_PREFIX}respond-member`;

/** Which events each runbook needs: the EventBridge patterns the landing zone routes to the function. */
export const RESPOND_TRIGGERS: Record<string, { bus: "central" | "default"; pattern: Record<string, unknown> }[]> = {
  "aws-revoke-open-admin-ports": [
    {
      bus: "central",
      pattern: {
        source: ["aws.ec2"],
        "detail-type": ["AWS API Call via CloudTrail"],
        detail: { eventName: ["AuthorizeSecurityGroupIngress", "ModifySecurityGroupRules"] },
      },
    },
    {
      bus: "default",
      pattern: {
        source: ["aws.securityhub"],
        "detail-type": ["Security Hub Findings - Imported"],
        detail: { findings: { Compliance: { SecurityControlId: ["EC2.13", "EC2.14", "EC2.53", "EC2.54"], Status: ["FAILED"] } } },
      },
    },
  ],
  "aws-restore-s3-public-access-block": [
    {
      bus: "central",
      pattern: {
        source: ["aws.s3"],
        "detail-type": ["AWS API Call via CloudTrail"],
        detail: { eventName: ["DeleteBucketPublicAccessBlock", "PutBucketPublicAccessBlock", "PutBucketPolicy", "PutBucketAcl"] },
      },
    },
    {
      bus: "default",
      pattern: {
        source: ["aws.securityhub"],
        "detail-type": ["Security Hub Findings - Imported"],
        detail: { findings: { Compliance: { SecurityControlId: ["S3.8", "S3.2", "S3.3"], Status: ["FAILED"] } } },
      },
    },
  ],
  "aws-contain-exposed-access-key": [
    {
      bus: "default",
      pattern: {
        source: ["aws.guardduty"],
        "detail-type": ["GuardDuty Finding"],
        detail: {
          type: [
            { prefix: "UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration" },
            { prefix: "UnauthorizedAccess:IAMUser/MaliciousIPCaller" },
            { prefix: "UnauthorizedAccess:IAMUser/TorIPCaller" },
            { prefix: "CredentialAccess:IAMUser/AnomalousBehavior" },
          ],
        },
      },
    },
  ],
  "aws-isolate-compromised-instance": [
    {
      bus: "default",
      pattern: {
        source: ["aws.guardduty"],
        "detail-type": ["GuardDuty Finding"],
        detail: { resource: { resourceType: ["Instance"] }, severity: [{ numeric: [">=", 7] }] },
      },
    },
  ],
  "aws-alert-root-user-activity": [
    {
      bus: "central",
      pattern: {
        "detail-type": ["AWS API Call via CloudTrail", "AWS Console Sign In via CloudTrail"],
        detail: { userIdentity: { type: ["Root"] } },
      },
    },
  ],
};

/** Least privilege in member accounts: exactly the calls the runbooks make (see packages/respond/src/aws). */
const MEMBER_ACTIONS = [
  "ec2:DescribeSecurityGroups",
  "ec2:DescribeSecurityGroupRules",
  "ec2:RevokeSecurityGroupIngress",
  "ec2:RevokeSecurityGroupEgress",
  "ec2:CreateSecurityGroup",
  "ec2:CreateTags",
  "ec2:DescribeInstances",
  "ec2:DescribeInstanceAttribute",
  "ec2:ModifyInstanceAttribute",
  "ec2:ModifyNetworkInterfaceAttribute",
  "ec2:DescribeSnapshots",
  "ec2:CreateSnapshot",
  "s3:GetBucketTagging",
  "s3:GetBucketPublicAccessBlock",
  "s3:PutBucketPublicAccessBlock",
  "iam:ListAccessKeys",
  "iam:UpdateAccessKey",
  "iam:ListUserTags",
  "iam:ListRoleTags",
  "iam:GetUserPolicy",
  "iam:PutUserPolicy",
  "iam:GetRolePolicy",
  "iam:PutRolePolicy",
  "iam:GetInstanceProfile",
];

/** The bundled AWS function of `@palisade/respond`, built by its package (`npm run build`). */
export function respondFunctionCode(): pulumi.asset.AssetArchive {
  return new pulumi.asset.AssetArchive({
    "index.js": new pulumi.asset.FileAsset(require.resolve("@palisade/respond/dist/functions/aws/index.js")),
  });
}

export interface ResponseArgs {
  config: LandingZoneConfig;
  audit: LandingZoneAccount;
  /** Every account the function may act in (the audit account included). */
  members: LandingZoneAccount[];
  /** The security alerts topic (records of what was done go there). */
  topicArn: pulumi.Input<string>;
  /** The function bundle: `@palisade/respond`'s dist/functions/aws (one file, SDKs included). */
  code: pulumi.asset.Archive;
}

/**
 * Automated response, the fourth enforcement point: the `@palisade/respond` AWS runbooks as one Lambda function in the
 * audit account, invoked by EventBridge rules on GuardDuty and Security Hub findings (default bus, where the
 * delegated administrator receives every member's findings) and on CloudTrail events (the central security bus). It
 * acts through a least-privilege role in each member account that only it can assume. Its environment is encrypted
 * with its own key; failed events go to an encrypted dead-letter queue; errors, throttles and dead letters raise alarms.
 */
export class Response extends pulumi.ComponentResource {
  readonly functionArn: pulumi.Output<string>;
  readonly rules: string[] = [];

  constructor(name: string, args: ResponseArgs, opts?: pulumi.ComponentResourceOptions) {
    super("palisade:aws:Response", name, {}, opts);
    const { config, audit } = args;
    const opt = { parent: this, provider: audit.provider };
    const region = config.homeRegion;
    const tags = defaultTags(config);
    const modes = Object.fromEntries(Object.entries(config.respond.runbooks).filter(([, m]) => m !== "off"));
    const roleArn = pulumi.interpolate`arn:aws:iam::${audit.id}:role/${RESPOND_FUNCTION}`;
    const logGroupName = `/aws/lambda/${RESPOND_FUNCTION}`;

    const key = new PurposeKey(
      "respond-key",
      {
        purpose: "respond",
        description: "Encrypts the response function's environment, logs, dead letters and alarms topic",
        accountId: audit.id,
        provider: audit.provider,
        tags,
        statements: [
          {
            Sid: "CloudWatchLogsEncrypts",
            Effect: "Allow",
            Principal: { Service: `logs.${region}.amazonaws.com` },
            Action: ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"],
            Resource: "*",
            Condition: {
              ArnEquals: {
                "kms:EncryptionContext:aws:logs:arn": pulumi.interpolate`arn:aws:logs:${region}:${audit.id}:log-group:${logGroupName}`,
              },
            },
          },
          {
            Sid: "ServicesUseForQueueAndTopic",
            Effect: "Allow",
            Principal: { Service: ["events.amazonaws.com", "cloudwatch.amazonaws.com", "lambda.amazonaws.com"] },
            Action: ["kms:GenerateDataKey*", "kms:Decrypt"],
            Resource: "*",
            Condition: { StringEquals: { "aws:SourceAccount": audit.id } },
          },
        ],
      },
      { parent: this },
    );

    const logs = new cloudwatch.LogGroup(
      "respond-logs",
      { name: logGroupName, retentionInDays: config.logging.cloudWatchRetentionDays, kmsKeyId: key.arn, tags },
      opt,
    );
    const dlq = new sqs.Queue(
      "respond-dlq",
      { name: `${RESPOND_FUNCTION}-dead-letters`, kmsMasterKeyId: key.aliasName, messageRetentionSeconds: 1_209_600, tags },
      { ...opt, dependsOn: [key.alias] },
    );

    const role = new iam.Role(
      "respond-role",
      {
        name: RESPOND_FUNCTION,
        description: "The response function: assumes the response role in member accounts, records, alerts",
        assumeRolePolicy: pulumi.jsonStringify({
          Version: "2012-10-17",
          Statement: [
            {
              Effect: "Allow",
              Principal: { Service: "lambda.amazonaws.com" },
              Action: "sts:AssumeRole",
              Condition: { StringEquals: { "aws:SourceAccount": audit.id } },
            },
          ],
        }),
        tags,
      },
      opt,
    );
    new iam.RolePolicy(
      "respond-role-policy",
      {
        role: role.name,
        policy: pulumi.jsonStringify({
          Version: "2012-10-17",
          Statement: [
            {
              Sid: "AssumeMemberRole",
              Effect: "Allow",
              Action: "sts:AssumeRole",
              Resource: `arn:aws:iam::*:role/${RESPOND_MEMBER_ROLE}`,
              Condition: { StringEquals: { "aws:ResourceOrgID": config.organization.id } },
            },
            {
              Sid: "Logs",
              Effect: "Allow",
              Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
              Resource: pulumi.interpolate`${logs.arn}:*`,
            },
            { Sid: "Alert", Effect: "Allow", Action: "sns:Publish", Resource: args.topicArn },
            { Sid: "DeadLetters", Effect: "Allow", Action: "sqs:SendMessage", Resource: dlq.arn },
            { Sid: "OwnKey", Effect: "Allow", Action: ["kms:Decrypt", "kms:GenerateDataKey"], Resource: key.arn },
            {
              Sid: "AlertsKey",
              Effect: "Allow",
              Action: ["kms:Decrypt", "kms:GenerateDataKey"],
              Resource: pulumi.interpolate`arn:aws:kms:${region}:${audit.id}:key/*`,
              Condition: { "ForAnyValue:StringEquals": { "kms:ResourceAliases": "alias/palisade/alerts" } },
            },
          ],
        }),
      },
      opt,
    );

    const fn = new lambda.Function(
      "respond-function",
      {
        name: RESPOND_FUNCTION,
        description: "Palisade automated response: the AWS runbooks of @palisade/respond",
        runtime: "nodejs22.x",
        architectures: ["arm64"],
        handler: "index.handler",
        code: args.code,
        role: role.arn,
        timeout: 300,
        memorySize: 512,
        // One incident at a time per container, and a ceiling so a flood of findings cannot exhaust member APIs.
        reservedConcurrentExecutions: 10,
        kmsKeyArn: key.arn,
        deadLetterConfig: { targetArn: dlq.arn },
        tracingConfig: { mode: "Active" },
        loggingConfig: { logFormat: "JSON", logGroup: logs.name },
        environment: {
          variables: {
            PALISADE_RESPOND_RUNBOOKS: Object.entries(modes)
              .map(([id, m]) => `${id}=${m}`)
              .join(","),
            PALISADE_RESPOND_EXCLUSIONS: JSON.stringify({
              tags: config.respond.exclusions.tags,
              accounts: config.respond.exclusions.accounts,
              principals: config.breakGlass.roleNames,
            }),
            PALISADE_RESPOND_ROLE_NAME: RESPOND_MEMBER_ROLE,
            PALISADE_RESPOND_TOPIC_ARN: args.topicArn,
          },
        },
        tags,
      },
      { ...opt, dependsOn: [logs] },
    );
    this.functionArn = fn.arn;

    // Triggers: one rule per (runbook, source) for the runbooks that are on.
    for (const [id] of Object.entries(modes)) {
      (RESPOND_TRIGGERS[id] ?? []).forEach((t, i) => {
        const ruleName = `${ROLE_PREFIX}respond-${id.replace(/^aws-/, "")}-${i}`.slice(0, 64);
        const rule = new cloudwatch.EventRule(
          `respond-${id}-${i}`,
          {
            name: ruleName,
            description: `Routes ${id}'s events to the response function`,
            eventBusName: t.bus === "central" ? CENTRAL_EVENT_BUS : "default",
            eventPattern: JSON.stringify(t.pattern),
            tags,
          },
          opt,
        );
        this.rules.push(ruleName);
        new cloudwatch.EventTarget(
          `respond-${id}-${i}-target`,
          {
            rule: rule.name,
            eventBusName: rule.eventBusName,
            arn: fn.arn,
            retryPolicy: { maximumRetryAttempts: 4, maximumEventAgeInSeconds: 3600 },
            deadLetterConfig: { arn: dlq.arn },
          },
          opt,
        );
        new lambda.Permission(
          `respond-${id}-${i}-invoke`,
          { action: "lambda:InvokeFunction", function: fn.name, principal: "events.amazonaws.com", sourceArn: rule.arn },
          opt,
        );
      });
    }
    new sqs.QueuePolicy(
      "respond-dlq-policy",
      {
        queueUrl: dlq.url,
        policy: pulumi.jsonStringify({
          Version: "2012-10-17",
          Statement: [
            {
              Sid: "EventBridgeDeadLetters",
              Effect: "Allow",
              Principal: { Service: "events.amazonaws.com" },
              Action: "sqs:SendMessage",
              Resource: dlq.arn,
              Condition: {
                ArnLike: { "aws:SourceArn": pulumi.interpolate`arn:aws:events:${region}:${audit.id}:rule/*${ROLE_PREFIX}respond-*` },
              },
            },
          ],
        }),
      },
      opt,
    );

    // Alarms: a failing runbook is reported at once, never discovered later.
    const alarmTopicName = `${RESPOND_FUNCTION}-alarms`;
    const alarmTopic = new sns.Topic(
      "respond-alarms",
      { name: alarmTopicName, kmsMasterKeyId: key.aliasName, tags },
      { ...opt, dependsOn: [key.alias] },
    );
    const alarmTopicArn = pulumi.interpolate`arn:aws:sns:${region}:${audit.id}:${alarmTopicName}`;
    new sns.TopicPolicy(
      "respond-alarms-policy",
      {
        arn: alarmTopic.arn,
        policy: pulumi.jsonStringify({
          Version: "2012-10-17",
          Statement: [
            {
              Sid: "CloudWatchAlarmsPublish",
              Effect: "Allow",
              Principal: { Service: "cloudwatch.amazonaws.com" },
              Action: "sns:Publish",
              Resource: alarmTopicArn,
              Condition: { StringEquals: { "aws:SourceAccount": audit.id } },
            },
            {
              Sid: "DenyInsecureTransport",
              Effect: "Deny",
              Principal: "*",
              Action: "sns:Publish",
              Resource: alarmTopicArn,
              Condition: { Bool: { "aws:SecureTransport": "false" } },
            },
          ],
        }),
      },
      opt,
    );
    for (const email of config.detection.alertEmails) {
      new sns.TopicSubscription(
        `respond-alarms-${email.replace(/[^a-z0-9]+/gi, "-").toLowerCase()}`,
        { topic: alarmTopic.arn, protocol: "email", endpoint: email },
        opt,
      );
    }
    const alarm = (id: string, description: string, metric: Partial<cloudwatch.MetricAlarmArgs>) =>
      new cloudwatch.MetricAlarm(
        `respond-${id}`,
        {
          name: `${RESPOND_FUNCTION}-${id}`,
          alarmDescription: description,
          comparisonOperator: "GreaterThanOrEqualToThreshold",
          evaluationPeriods: 1,
          period: 300,
          statistic: "Sum",
          threshold: 1,
          treatMissingData: "notBreaching",
          alarmActions: [alarmTopic.arn],
          tags,
          ...metric,
        },
        opt,
      );
    alarm("errors", "A response runbook failed (403, 404, throttling after retries, or an error): see its record", {
      namespace: "AWS/Lambda",
      metricName: "Errors",
      dimensions: { FunctionName: fn.name },
    });
    alarm("throttles", "The response function was throttled", {
      namespace: "AWS/Lambda",
      metricName: "Throttles",
      dimensions: { FunctionName: fn.name },
    });
    alarm("dead-letters", "Events the response function could not handle are waiting in its dead-letter queue", {
      namespace: "AWS/SQS",
      metricName: "ApproximateNumberOfMessagesVisible",
      statistic: "Maximum",
      dimensions: { QueueName: dlq.name },
    });

    // The role the function assumes in each member account.
    for (const member of args.members) {
      const memberRole = new iam.Role(
        `respond-member-${member.name}`,
        {
          name: RESPOND_MEMBER_ROLE,
          description: "Lets Palisade's response function contain and remediate in this account (least privilege)",
          maxSessionDuration: 3600,
          assumeRolePolicy: pulumi.jsonStringify({
            Version: "2012-10-17",
            Statement: [
              {
                Effect: "Allow",
                Principal: { AWS: roleArn },
                Action: "sts:AssumeRole",
                Condition: { StringEquals: { "aws:PrincipalOrgID": config.organization.id } },
              },
            ],
          }),
          tags,
        },
        { parent: this, provider: member.provider },
      );
      new iam.RolePolicy(
        `respond-member-${member.name}-policy`,
        {
          role: memberRole.name,
          policy: JSON.stringify({
            Version: "2012-10-17",
            Statement: [
              { Sid: "Respond", Effect: "Allow", Action: MEMBER_ACTIONS, Resource: "*" },
              {
                Sid: "NeverTouchTheLandingZonesOwnRoles",
                Effect: "Deny",
                Action: "iam:PutRolePolicy",
                Resource: config.protectedRoleNames.map((p) => `arn:aws:iam::*:role/${p}`),
              },
            ],
          }),
        },
        { parent: this, provider: member.provider },
      );
    }
    this.registerOutputs({ functionArn: this.functionArn });
  }
}
