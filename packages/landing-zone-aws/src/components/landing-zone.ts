import { Provider } from "@pulumi/aws/provider";
import * as pulumi from "@pulumi/pulumi";
import type { LandingZoneConfig } from "../config";
import { defaultTags } from "../conventions";
import { AccountBaseline } from "./account-baseline";
import { CentralLogging } from "./central-logging";
import { Detection } from "./detection";
import { GuardrailPolicies } from "./guardrail-policies";
import { IdentityCenter } from "./identity-center";
import { NetworkHub } from "./network-hub";
import { LandingZoneOrganization } from "./organization";
import { Response, respondFunctionCode } from "./response";
import { SecurityServices } from "./security-services";
import { TrailAlarms } from "./trail-alarms";

/**
 * The whole landing zone, composed from its parts. Takes a validated config (see `loadConfig`): the
 * components assume it is consistent and never re-check it.
 */
export class LandingZone extends pulumi.ComponentResource {
  readonly organization: LandingZoneOrganization;
  readonly guardrails: GuardrailPolicies;
  readonly logging: CentralLogging;
  readonly detection: Detection;

  constructor(name: string, config: LandingZoneConfig, opts?: pulumi.ComponentResourceOptions) {
    super("palisade:aws:LandingZone", name, {}, opts);
    const child = { parent: this };
    // The management account acts with the stack's own credentials, explicitly in the home region.
    const management = new Provider(
      "management",
      {
        region: config.homeRegion,
        allowedAccountIds: [config.organization.managementAccountId],
        defaultTags: { tags: defaultTags(config) },
      },
      child,
    );

    this.organization = new LandingZoneOrganization("organization", { config, management }, child);
    const org = this.organization;
    const [mgmt, logArchive, audit, network] = [org.accounts[0], org.account("logArchive"), org.account("audit"), org.account("network")];

    this.guardrails = new GuardrailPolicies(
      "guardrails",
      { config, management, rootId: org.rootId, suspendedOuId: org.ous.Suspended.id, organization: org.organization },
      child,
    );
    this.logging = new CentralLogging("logging", { config, logArchive, audit, management: mgmt, organization: org.organization }, child);
    this.detection = new Detection("detection", { config, audit }, child);
    new TrailAlarms("trail-alarms", { config, management: mgmt, logGroupName: this.logging.trailLogGroup.name }, child);
    for (const account of org.accounts) {
      new AccountBaseline(
        `baseline-${account.name}`,
        {
          config,
          account,
          logBucketName: this.logging.bucketName,
          logsKeyArn: this.logging.logsKey.arn,
          centralBusArn: this.detection.busArn,
        },
        child,
      );
    }
    new SecurityServices("security", { config, management: mgmt, audit, organization: [org.organization, ...org.delegations] }, child);
    if (Object.values(config.respond.runbooks).some((mode) => mode !== "off")) {
      new Response(
        "respond",
        { config, audit, members: org.accounts, topicArn: this.detection.topicArn, code: respondFunctionCode() },
        child,
      );
    }
    new IdentityCenter("identity", { config, management, accounts: org.accounts }, child);
    new NetworkHub(
      "network",
      {
        config,
        network,
        management,
        shareWith: [org.ous["Workloads/Prod"].arn, org.ous["Workloads/NonProd"].arn, org.ous.Infrastructure.arn],
        logBucketName: this.logging.bucketName,
      },
      child,
    );
    this.registerOutputs({ logBucket: this.logging.bucketName, securityBus: this.detection.busArn });
  }
}
