import * as cloudwatch from "@pulumi/aws/cloudwatch";
import * as sns from "@pulumi/aws/sns";
import * as pulumi from "@pulumi/pulumi";
import type { LandingZoneConfig } from "../config";
import { defaultTags, ROLE_PREFIX } from "../conventions";
import { detectionRules } from "../detection-rules";
import type { LandingZoneAccount } from "./organization";
import { PurposeKey } from "./purpose-key";

export interface TrailAlarmsArgs {
  config: LandingZoneConfig;
  management: LandingZoneAccount;
  /** The organisation trail's CloudWatch Logs group (management account). */
  logGroupName: pulumi.Input<string>;
}

const NAMESPACE = "Palisade/CIS";

/**
 * CIS AWS 3.0 section 4 to the letter: a metric filter and an alarm per monitored event class on the
 * organisation trail's log group, which holds every account's events (read-only calls too). Alarms can
 * only notify a topic of their own account, so this one lives in the management account.
 */
export class TrailAlarms extends pulumi.ComponentResource {
  constructor(name: string, args: TrailAlarmsArgs, opts?: pulumi.ComponentResourceOptions) {
    super("palisade:aws:TrailAlarms", name, {}, opts);
    const { config, management } = args;
    const opt = { parent: this, provider: management.provider };
    const region = config.homeRegion;
    const mgmtId = config.organization.managementAccountId;

    const key = new PurposeKey(
      "cis-alarms-key",
      {
        purpose: "alarms",
        description: "Encrypts the CIS alarms topic",
        accountId: mgmtId,
        provider: management.provider,
        tags: defaultTags(config),
        statements: [
          {
            Sid: "CloudWatchAlarmsPublish",
            Effect: "Allow",
            Principal: { Service: "cloudwatch.amazonaws.com" },
            Action: ["kms:GenerateDataKey*", "kms:Decrypt"],
            Resource: "*",
            Condition: { StringEquals: { "aws:SourceAccount": mgmtId } },
          },
        ],
      },
      { parent: this },
    );
    const topicName = `${ROLE_PREFIX}cis-alarms`;
    const topicArn = `arn:aws:sns:${region}:${mgmtId}:${topicName}`;
    const topic = new sns.Topic(
      "cis-alarms",
      { name: topicName, kmsMasterKeyId: key.aliasName, tags: defaultTags(config) },
      { ...opt, dependsOn: [key.alias] },
    );
    new sns.TopicPolicy(
      "cis-alarms-policy",
      {
        arn: topic.arn,
        policy: JSON.stringify({
          Version: "2012-10-17",
          Statement: [
            {
              Sid: "CloudWatchAlarmsPublish",
              Effect: "Allow",
              Principal: { Service: "cloudwatch.amazonaws.com" },
              Action: "sns:Publish",
              Resource: topicArn,
              Condition: { StringEquals: { "aws:SourceAccount": mgmtId } },
            },
            {
              Sid: "DenyInsecureTransport",
              Effect: "Deny",
              Principal: "*",
              Action: "sns:Publish",
              Resource: topicArn,
              Condition: { Bool: { "aws:SecureTransport": "false" } },
            },
          ],
        }),
      },
      opt,
    );
    for (const email of config.detection.alertEmails) {
      new sns.TopicSubscription(
        `cis-alarms-${email.replace(/[^a-z0-9]+/gi, "-").toLowerCase()}`,
        { topic: topic.arn, protocol: "email", endpoint: email },
        opt,
      );
    }

    for (const rule of detectionRules(config.breakGlass.roleNames)) {
      const metricName = rule.id;
      new cloudwatch.LogMetricFilter(
        `cis-filter-${rule.id}`,
        {
          name: `${ROLE_PREFIX}${rule.id}`,
          logGroupName: args.logGroupName,
          pattern: rule.filterPattern,
          metricTransformation: { name: metricName, namespace: NAMESPACE, value: "1", defaultValue: "0" },
        },
        opt,
      );
      new cloudwatch.MetricAlarm(
        `cis-alarm-${rule.id}`,
        {
          name: `${ROLE_PREFIX}${rule.id}`,
          alarmDescription: `${rule.description} (CIS AWS 3.0 ${rule.cis3}, 7.0 ${rule.cis7})`,
          namespace: NAMESPACE,
          metricName,
          statistic: "Sum",
          period: 300,
          evaluationPeriods: 1,
          threshold: 1,
          comparisonOperator: "GreaterThanOrEqualToThreshold",
          treatMissingData: "notBreaching",
          alarmActions: [topicArn],
          tags: defaultTags(config),
        },
        { ...opt, dependsOn: [topic] },
      );
    }
    this.registerOutputs({});
  }
}
