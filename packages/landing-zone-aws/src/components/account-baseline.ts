import * as cfg from "@pulumi/aws/cfg";
import * as cloudwatch from "@pulumi/aws/cloudwatch";
import * as ebs from "@pulumi/aws/ebs";
import * as ec2 from "@pulumi/aws/ec2";
import * as iam from "@pulumi/aws/iam";
import * as s3 from "@pulumi/aws/s3";
import * as pulumi from "@pulumi/pulumi";
import type { LandingZoneConfig } from "../config";
import { defaultTags, LOG_PREFIX, ROLE_NAMES, ROLE_PREFIX } from "../conventions";
import type { LandingZoneAccount } from "./organization";
import { PurposeKey } from "./purpose-key";

export interface AccountBaselineArgs {
  config: LandingZoneConfig;
  account: LandingZoneAccount;
  logBucketName: string;
  logsKeyArn: pulumi.Input<string>;
  /** The audit account's central event bus, which receives every account's CloudTrail events. */
  centralBusArn: pulumi.Input<string>;
}

/** CloudTrail management events EventBridge delivers (write calls and console sign-ins). */
export const FORWARDED_DETAIL_TYPES = ["AWS API Call via CloudTrail", "AWS Console Sign In via CloudTrail"];

/**
 * What every account gets, the management account included: CIS password policy, account-level S3 and
 * EBS/AMI public-sharing blocks, EBS encryption by default, AWS Config recording in every allowed
 * region, forwarding of CloudTrail events to the central bus, and the break-glass roles.
 */
export class AccountBaseline extends pulumi.ComponentResource {
  readonly breakGlassRoles: iam.Role[] = [];

  constructor(name: string, args: AccountBaselineArgs, opts?: pulumi.ComponentResourceOptions) {
    super("palisade:aws:AccountBaseline", name, {}, opts);
    const { config, account } = args;
    const opt = { parent: this, provider: account.provider };
    const n = (what: string) => `${account.name}-${what}`;

    // CIS 2.8/2.9 (7.0), 1.8/1.9 (3.0): only break-glass principals outside this account should ever need it.
    new iam.AccountPasswordPolicy(
      n("password-policy"),
      {
        minimumPasswordLength: 14,
        passwordReusePrevention: 24,
        maxPasswordAge: 90,
        requireLowercaseCharacters: true,
        requireUppercaseCharacters: true,
        requireNumbers: true,
        requireSymbols: true,
        allowUsersToChangePassword: true,
      },
      opt,
    );
    new s3.AccountPublicAccessBlock(
      n("s3-public-access-block"),
      { blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true },
      opt,
    );

    const configRole = new iam.Role(
      n("config-recorder-role"),
      {
        name: `${ROLE_PREFIX}config-recorder`,
        tags: defaultTags(config),
        description: "Lets AWS Config read resource configurations for the recorder",
        assumeRolePolicy: pulumi.jsonStringify({
          Version: "2012-10-17",
          Statement: [
            {
              Effect: "Allow",
              Principal: { Service: "config.amazonaws.com" },
              Action: "sts:AssumeRole",
              Condition: { StringEquals: { "aws:SourceAccount": account.id } },
            },
          ],
        }),
      },
      opt,
    );
    new iam.RolePolicyAttachment(
      n("config-recorder-policy"),
      { role: configRole.name, policyArn: "arn:aws:iam::aws:policy/service-role/AWS_ConfigRole" },
      opt,
    );

    const forwarder = new iam.Role(
      n("event-forwarder-role"),
      {
        name: ROLE_NAMES.eventForwarder,
        tags: defaultTags(config),
        description: "Lets EventBridge forward CloudTrail events to the central security bus",
        assumeRolePolicy: pulumi.jsonStringify({
          Version: "2012-10-17",
          Statement: [
            {
              Effect: "Allow",
              Principal: { Service: "events.amazonaws.com" },
              Action: "sts:AssumeRole",
              Condition: { StringEquals: { "aws:SourceAccount": account.id } },
            },
          ],
        }),
      },
      opt,
    );
    new iam.RolePolicy(
      n("event-forwarder-policy"),
      {
        role: forwarder.name,
        policy: pulumi.jsonStringify({
          Version: "2012-10-17",
          Statement: [{ Effect: "Allow", Action: "events:PutEvents", Resource: args.centralBusArn }],
        }),
      },
      opt,
    );

    for (const region of config.allowedRegions) {
      const r = (what: string) => n(`${what}-${region}`);
      const regional = { ...opt };
      new ebs.EncryptionByDefault(r("ebs-encryption"), { enabled: true, region }, regional);
      new ebs.SnapshotBlockPublicAccess(r("snapshot-block-public-access"), { state: "block-all-sharing", region }, regional);
      new ec2.ImageBlockPublicAccess(r("image-block-public-access"), { state: "block-new-sharing", region }, regional);

      // CIS asks every region's recorder to include global (IAM) types, duplicates notwithstanding.
      const recorder = new cfg.Recorder(
        r("config-recorder"),
        {
          name: "palisade",
          region,
          roleArn: configRole.arn,
          recordingGroup: { allSupported: true, includeGlobalResourceTypes: true },
        },
        regional,
      );
      const channel = new cfg.DeliveryChannel(
        r("config-delivery"),
        {
          name: "palisade",
          region,
          s3BucketName: args.logBucketName,
          s3KeyPrefix: LOG_PREFIX.config,
          s3KmsKeyArn: args.logsKeyArn,
          snapshotDeliveryProperties: { deliveryFrequency: "TwentyFour_Hours" },
        },
        { ...regional, dependsOn: [recorder] },
      );
      new cfg.RecorderStatus(
        r("config-recorder-status"),
        { name: recorder.name, region, isEnabled: true },
        { ...regional, dependsOn: [channel] },
      );

      const rule = new cloudwatch.EventRule(
        r("forward-security-events"),
        {
          name: `${ROLE_PREFIX}forward-security-events`,
          description: "Forwards CloudTrail management events and sign-ins to the central security bus",
          region,
          eventPattern: JSON.stringify({ "detail-type": FORWARDED_DETAIL_TYPES }),
        },
        regional,
      );
      new cloudwatch.EventTarget(
        r("forward-security-events-target"),
        { rule: rule.name, region, arn: args.centralBusArn, roleArn: forwarder.arn },
        regional,
      );
    }

    // Workload accounts get a key per data purpose; IAM policies in the account decide who uses which.
    if (account.role === "workload" || account.role === "sharedServices") {
      for (const purpose of ["data", "secrets"] as const) {
        new PurposeKey(
          n(`${purpose}-key`),
          {
            purpose,
            description:
              purpose === "data"
                ? "Encrypts the account's data stores (S3, EBS, RDS, DynamoDB)"
                : "Encrypts the account's secrets (Secrets Manager, SSM)",
            accountId: account.id,
            provider: account.provider,
            tags: defaultTags(config),
            statements: [],
          },
          { parent: this },
        );
      }
    }

    // Break-glass: assumable only by the named principals, with MFA; exempt from every guardrail.
    for (const roleName of config.breakGlass.roleNames) {
      const role = new iam.Role(
        n(roleName),
        {
          name: roleName,
          description: "Break-glass administration: exempt from the organisation's guardrails; every use raises an alert",
          maxSessionDuration: config.breakGlass.maxSessionDuration,
          assumeRolePolicy: JSON.stringify({
            Version: "2012-10-17",
            Statement: [
              {
                Sid: "NamedPrincipalsWithMfa",
                Effect: "Allow",
                Principal: { AWS: config.breakGlass.trustedPrincipals },
                Action: "sts:AssumeRole",
                Condition: {
                  Bool: { "aws:MultiFactorAuthPresent": "true" },
                  NumericLessThan: { "aws:MultiFactorAuthAge": "3600" },
                  StringEquals: { "aws:PrincipalOrgID": config.organization.id },
                },
              },
            ],
          }),
          tags: { ...defaultTags(config), "palisade:break-glass": "true" },
        },
        opt,
      );
      new iam.RolePolicyAttachment(
        n(`${roleName}-administrator`),
        { role: role.name, policyArn: "arn:aws:iam::aws:policy/AdministratorAccess" },
        opt,
      );
      this.breakGlassRoles.push(role);
    }
    this.registerOutputs({});
  }
}
