import * as cloudwatch from "@pulumi/aws/cloudwatch";
import * as sns from "@pulumi/aws/sns";
import * as pulumi from "@pulumi/pulumi";
import type { LandingZoneConfig } from "../config";
import { CENTRAL_EVENT_BUS, defaultTags, ROLE_PREFIX } from "../conventions";
import { detectionRules } from "../detection-rules";
import type { LandingZoneAccount } from "./organization";
import { PurposeKey } from "./purpose-key";

export interface DetectionArgs {
  config: LandingZoneConfig;
  audit: LandingZoneAccount;
}

/**
 * The central security bus in the audit account (home region): every account forwards its CloudTrail
 * events here (see AccountBaseline), one rule per monitored event class publishes to an encrypted SNS
 * topic the security team subscribes to.
 */
export class Detection extends pulumi.ComponentResource {
  readonly busArn: pulumi.Output<string>;
  readonly topicArn: pulumi.Output<string>;

  constructor(name: string, args: DetectionArgs, opts?: pulumi.ComponentResourceOptions) {
    super("palisade:aws:Detection", name, {}, opts);
    const { config, audit } = args;
    const opt = { parent: this, provider: audit.provider };
    const region = config.homeRegion;
    // Known at preview when the audit account's id is in config, so forwarding targets are too.
    this.busArn = pulumi.interpolate`arn:aws:events:${region}:${audit.id}:event-bus/${CENTRAL_EVENT_BUS}`;

    const bus = new cloudwatch.EventBus(
      "security-bus",
      { name: CENTRAL_EVENT_BUS, description: "CloudTrail events of every account" },
      opt,
    );
    new cloudwatch.EventBusPolicy(
      "security-bus-policy",
      {
        eventBusName: bus.name,
        policy: pulumi.jsonStringify({
          Version: "2012-10-17",
          Statement: [
            {
              Sid: "OrganizationAccountsForward",
              Effect: "Allow",
              Principal: "*",
              Action: "events:PutEvents",
              Resource: this.busArn,
              Condition: { StringEquals: { "aws:PrincipalOrgID": config.organization.id } },
            },
          ],
        }),
      },
      opt,
    );

    const key = new PurposeKey(
      "alerts-key",
      {
        purpose: "alerts",
        description: "Encrypts the security alerts topic",
        accountId: audit.id,
        provider: audit.provider,
        tags: defaultTags(config),
        statements: [
          {
            Sid: "EventBridgePublishes",
            Effect: "Allow",
            Principal: { Service: "events.amazonaws.com" },
            Action: ["kms:GenerateDataKey*", "kms:Decrypt"],
            Resource: "*",
            Condition: { StringEquals: { "aws:SourceAccount": audit.id } },
          },
        ],
      },
      { parent: this },
    );
    const topicName = `${ROLE_PREFIX}security-alerts`;
    const topic = new sns.Topic(
      "security-alerts",
      { name: topicName, kmsMasterKeyId: key.aliasName, tags: defaultTags(config) },
      { ...opt, dependsOn: [key.alias] },
    );
    // Built from known parts, so the topic policy can be checked at preview.
    const topicArn = pulumi.interpolate`arn:aws:sns:${region}:${audit.id}:${topicName}`;
    this.topicArn = topic.arn;
    new sns.TopicPolicy(
      "security-alerts-policy",
      {
        arn: topic.arn,
        policy: pulumi.jsonStringify({
          Version: "2012-10-17",
          Statement: [
            {
              Sid: "EventBridgePublishes",
              Effect: "Allow",
              Principal: { Service: "events.amazonaws.com" },
              Action: "sns:Publish",
              Resource: topicArn,
              Condition: { StringEquals: { "aws:SourceAccount": audit.id } },
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
        `security-alerts-${email.replace(/[^a-z0-9]+/gi, "-").toLowerCase()}`,
        { topic: topic.arn, protocol: "email", endpoint: email },
        opt,
      );
    }

    for (const rule of detectionRules(config.breakGlass.roleNames)) {
      const eventRule = new cloudwatch.EventRule(
        `detect-${rule.id}`,
        {
          name: `${ROLE_PREFIX}${rule.id}`,
          description: `${rule.description} (CIS AWS 3.0 ${rule.cis3}, 7.0 ${rule.cis7})`,
          eventBusName: bus.name,
          eventPattern: JSON.stringify(rule.pattern),
        },
        opt,
      );
      new cloudwatch.EventTarget(`detect-${rule.id}-alert`, { rule: eventRule.name, eventBusName: bus.name, arn: topic.arn }, opt);
    }
    this.registerOutputs({ busArn: this.busArn, topicArn: this.topicArn });
  }
}
