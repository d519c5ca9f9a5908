import * as accessanalyzer from "@pulumi/aws/accessanalyzer";
import * as cfg from "@pulumi/aws/cfg";
import * as guardduty from "@pulumi/aws/guardduty";
import * as iam from "@pulumi/aws/iam";
import * as securityhub from "@pulumi/aws/securityhub";
import * as pulumi from "@pulumi/pulumi";
import type { LandingZoneConfig } from "../config";
import { defaultTags, ROLE_NAMES } from "../conventions";
import type { LandingZoneAccount } from "./organization";

export interface SecurityServicesArgs {
  config: LandingZoneConfig;
  management: LandingZoneAccount;
  audit: LandingZoneAccount;
  /** Delegation and trusted access must exist before the audit account can act for the organisation. */
  organization: pulumi.Resource[];
}

/** GuardDuty protection plans enabled for every account of the organisation. */
const GUARDDUTY_FEATURES = ["S3_DATA_EVENTS", "EKS_AUDIT_LOGS", "EBS_MALWARE_PROTECTION", "RDS_LOGIN_EVENTS"] as const;

/**
 * The organisation's detective services, administered from the audit account (delegated administrator)
 * in every allowed region: GuardDuty auto-enabled for all members, Security Hub with the configured
 * standards, an organisation-wide IAM Access Analyzer, and the AWS Config aggregator.
 */
export class SecurityServices extends pulumi.ComponentResource {
  readonly analyzers: accessanalyzer.Analyzer[] = [];

  constructor(name: string, args: SecurityServicesArgs, opts?: pulumi.ComponentResourceOptions) {
    super("palisade:aws:SecurityServices", name, {}, opts);
    const { config, management, audit } = args;
    const inMgmt = { parent: this, provider: management.provider, dependsOn: args.organization };
    const inAudit = { parent: this, provider: audit.provider };
    const delegated = { ...inAudit, dependsOn: args.organization };

    const hubs: securityhub.Account[] = [];
    for (const region of config.allowedRegions) {
      const r = (what: string) => `${what}-${region}`;

      // GuardDuty: the audit account administers, every member is enrolled automatically.
      const gdAdmin = new guardduty.OrganizationAdminAccount(r("guardduty-admin"), { adminAccountId: audit.id, region }, inMgmt);
      const detector = new guardduty.Detector(
        r("guardduty-detector"),
        { enable: true, region, findingPublishingFrequency: config.guardDuty.findingPublishingFrequency },
        inAudit,
      );
      const orgConfig = new guardduty.OrganizationConfiguration(
        r("guardduty-organization"),
        { detectorId: detector.id, region, autoEnableOrganizationMembers: "ALL" },
        { ...inAudit, dependsOn: [gdAdmin] },
      );
      for (const feature of GUARDDUTY_FEATURES) {
        const slug = feature.toLowerCase().replace(/_/g, "-");
        new guardduty.DetectorFeature(
          r(`guardduty-${slug}`),
          { detectorId: detector.id, region, name: feature, status: "ENABLED" },
          inAudit,
        );
        new guardduty.OrganizationConfigurationFeature(
          r(`guardduty-organization-${slug}`),
          { detectorId: detector.id, region, name: feature, autoEnable: "ALL" },
          { ...inAudit, dependsOn: [orgConfig] },
        );
      }

      // Security Hub: findings from every account, the chosen standards, new accounts enrolled.
      const shAdmin = new securityhub.OrganizationAdminAccount(r("securityhub-admin"), { adminAccountId: audit.id, region }, inMgmt);
      const hub = new securityhub.Account(
        r("securityhub"),
        { region, enableDefaultStandards: false, autoEnableControls: true, controlFindingGenerator: "SECURITY_CONTROL" },
        { ...inAudit, dependsOn: [shAdmin] },
      );
      hubs.push(hub);
      new securityhub.OrganizationConfiguration(
        r("securityhub-organization"),
        { region, autoEnable: true, autoEnableStandards: "DEFAULT", organizationConfiguration: { configurationType: "LOCAL" } },
        { ...inAudit, dependsOn: [hub] },
      );
      for (const standard of config.securityHub.standards) {
        new securityhub.StandardsSubscription(
          r(`securityhub-${standard.split("/")[0]}`),
          { region, standardsArn: `arn:aws:securityhub:${region}::standards/${standard}` },
          { ...inAudit, dependsOn: [hub] },
        );
      }

      // CIS: IAM Access Analyzer in every region, organisation-wide.
      this.analyzers.push(
        new accessanalyzer.Analyzer(
          r("access-analyzer"),
          { analyzerName: "palisade-organization", type: "ORGANIZATION", region },
          delegated,
        ),
      );
    }
    // One place to read every region's findings: the home region aggregates the others.
    const others = config.allowedRegions.filter((r) => r !== config.homeRegion);
    if (others.length > 0) {
      new securityhub.FindingAggregator(
        "securityhub-aggregator",
        { region: config.homeRegion, linkingMode: "SPECIFIED_REGIONS", specifiedRegions: others },
        { ...inAudit, dependsOn: hubs },
      );
    }

    // AWS Config: one view of every account's configuration, in the audit account.
    const aggregatorRole = new iam.Role(
      "config-aggregator-role",
      {
        name: ROLE_NAMES.configAggregator,
        tags: defaultTags(config),
        description: "Lets AWS Config read the organisation's accounts for the aggregator",
        assumeRolePolicy: pulumi.jsonStringify({
          Version: "2012-10-17",
          Statement: [
            {
              Effect: "Allow",
              Principal: { Service: "config.amazonaws.com" },
              Action: "sts:AssumeRole",
              Condition: { StringEquals: { "aws:SourceAccount": audit.id } },
            },
          ],
        }),
      },
      inAudit,
    );
    const attachment = new iam.RolePolicyAttachment(
      "config-aggregator-policy",
      { role: aggregatorRole.name, policyArn: "arn:aws:iam::aws:policy/service-role/AWSConfigRoleForOrganizations" },
      inAudit,
    );
    new cfg.ConfigurationAggregator(
      "config-aggregator",
      {
        name: "palisade-organization",
        region: config.homeRegion,
        organizationAggregationSource: { allRegions: true, roleArn: aggregatorRole.arn },
      },
      { ...inAudit, dependsOn: [attachment, ...args.organization] },
    );
    this.registerOutputs({});
  }
}
