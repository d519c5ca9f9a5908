import { runSimulation, type Simulation } from "@cloud-copilot/iam-simulate";
import { awsControls } from "@palisade/controls";
import { describe, expect, it } from "vitest";
import { NAMESPACE, sampleConfig, sourceOf } from "../test/sample-config";
import { loadConfig } from "./config";
import { buildGuardrails, type GuardrailOptions, type Guardrails, guardrailOptions } from "./guardrails";

/**
 * The deployed SCPs and RCPs, evaluated by an IAM policy simulator (@cloud-copilot/iam-simulate): for
 * every control with a preventive form, a request it exists to stop is denied for a workload principal
 * and allowed for the break-glass role, whose identity policy allows everything.
 */

const config = loadConfig(sourceOf(sampleConfig()), NAMESPACE);
const OPTIONS: GuardrailOptions = guardrailOptions(config);
const guardrails = buildGuardrails(OPTIONS);

const ACCOUNT = "666666666666";
const REGION = "eu-west-1";
const role = (name: string, account = ACCOUNT) => `arn:aws:iam::${account}:role/${name}`;
const WORKLOAD = role("payments-deployer");
const BREAK_GLASS = role(config.breakGlass.roleNames[0]);
const AUTOMATION = role(config.organization.automationRoleName);
const OUTSIDER = role("vendor-integration", "999999999999");
const ALLOW_ALL = { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }] };

interface Case {
  action: string;
  resource: string;
  context?: Record<string, string>;
  /** Who the guardrail stops, when not an ordinary workload role (the root user, an outsider). */
  deniedPrincipal?: string;
  /** The account sits in the Suspended OU. */
  suspended?: boolean;
}

/** One request per control that the control's SCP or RCP must stop. */
const CASES: Record<string, Case> = {
  "aws-ec2-ami-not-public": { action: "ec2:DisableImageBlockPublicAccess", resource: "*" },
  "aws-ec2-ebs-encryption-by-default": { action: "ec2:DisableEbsEncryptionByDefault", resource: "*" },
  "aws-ec2-ebs-snapshot-block-public-access": { action: "ec2:DisableSnapshotBlockPublicAccess", resource: "*" },
  "aws-ec2-ebs-volume-encrypted": {
    action: "ec2:CreateVolume",
    resource: `arn:aws:ec2:${REGION}:${ACCOUNT}:volume/vol-0123456789abcdef0`,
    context: { "ec2:Encrypted": "false" },
  },
  "aws-ec2-instance-imdsv2": {
    action: "ec2:RunInstances",
    resource: `arn:aws:ec2:${REGION}:${ACCOUNT}:instance/i-0123456789abcdef0`,
    context: { "ec2:MetadataHttpTokens": "optional" },
  },
  "aws-ec2-instance-no-public-ip": {
    action: "ec2:RunInstances",
    resource: `arn:aws:ec2:${REGION}:${ACCOUNT}:network-interface/eni-0123456789abcdef0`,
    context: { "ec2:AssociatePublicIpAddress": "true" },
  },
  "aws-efs-file-system-encrypted": {
    action: "elasticfilesystem:CreateFileSystem",
    resource: "*",
    context: { "elasticfilesystem:Encrypted": "false" },
  },
  "aws-lambda-function-url-auth": {
    action: "lambda:CreateFunctionUrlConfig",
    resource: `arn:aws:lambda:${REGION}:${ACCOUNT}:function:payments-api`,
    context: { "lambda:FunctionUrlAuthType": "NONE" },
  },
  "aws-sagemaker-notebook-no-direct-internet": {
    action: "sagemaker:CreateNotebookInstance",
    resource: `arn:aws:sagemaker:${REGION}:${ACCOUNT}:notebook-instance/research`,
    context: { "sagemaker:DirectInternetAccess": "Enabled" },
  },
  "aws-sagemaker-notebook-no-root-access": {
    action: "sagemaker:CreateNotebookInstance",
    resource: `arn:aws:sagemaker:${REGION}:${ACCOUNT}:notebook-instance/research`,
    context: { "sagemaker:RootAccess": "Enabled" },
  },
  "aws-rds-instance-storage-encrypted": {
    action: "rds:CreateDBInstance",
    resource: `arn:aws:rds:${REGION}:${ACCOUNT}:db:payments`,
    context: { "rds:StorageEncrypted": "false" },
  },
  "aws-rds-cluster-storage-encrypted": {
    action: "rds:CreateDBCluster",
    resource: `arn:aws:rds:${REGION}:${ACCOUNT}:cluster:payments`,
    context: { "rds:StorageEncrypted": "false" },
  },
  "aws-organizations-deny-iam-users": {
    action: "iam:CreateUser",
    resource: `arn:aws:iam::${ACCOUNT}:user/deploy-bot`,
    context: { "aws:RequestedRegion": "us-east-1" },
  },
  "aws-organizations-deny-leave-organization": {
    action: "organizations:LeaveOrganization",
    resource: "*",
    context: { "aws:RequestedRegion": "us-east-1" },
  },
  "aws-organizations-deny-root-user": { action: "s3:ListAllMyBuckets", resource: "*", deniedPrincipal: `arn:aws:iam::${ACCOUNT}:root` },
  "aws-organizations-protect-access-analyzer": {
    action: "access-analyzer:DeleteAnalyzer",
    resource: `arn:aws:access-analyzer:${REGION}:${ACCOUNT}:analyzer/palisade-organization`,
  },
  "aws-organizations-protect-account-public-access-block": { action: "s3:PutAccountPublicAccessBlock", resource: "*" },
  "aws-organizations-protect-cloudtrail": {
    action: "cloudtrail:StopLogging",
    resource: `arn:aws:cloudtrail:${REGION}:${ACCOUNT}:trail/payments-audit`,
  },
  "aws-organizations-protect-config": { action: "config:StopConfigurationRecorder", resource: "*" },
  "aws-organizations-protect-guardduty": {
    action: "guardduty:DeleteDetector",
    resource: `arn:aws:guardduty:${REGION}:${ACCOUNT}:detector/12abc34d567e8fa901bc2d34e56789f0`,
  },
  "aws-organizations-protect-securityhub": {
    action: "securityhub:DisableSecurityHub",
    resource: `arn:aws:securityhub:${REGION}:${ACCOUNT}:hub/default`,
  },
  "aws-organizations-protect-landing-zone-roles": {
    action: "iam:UpdateAssumeRolePolicy",
    resource: role(config.breakGlass.roleNames[0]),
    context: { "aws:RequestedRegion": "us-east-1" },
  },
  "aws-organizations-quarantine-suspended": { action: "s3:ListAllMyBuckets", resource: "*", suspended: true },
  "aws-organizations-region-restriction": {
    action: "sqs:CreateQueue",
    resource: `arn:aws:sqs:ap-southeast-2:${ACCOUNT}:payments-jobs`,
    context: { "aws:RequestedRegion": "ap-southeast-2" },
  },
  "aws-organizations-rcp-identity-perimeter": {
    action: "s3:GetObject",
    resource: "arn:aws:s3:::acme-payments-exports/2026/11/report.csv",
    deniedPrincipal: OUTSIDER,
  },
  "aws-organizations-rcp-require-tls": {
    action: "s3:GetObject",
    resource: "arn:aws:s3:::acme-payments-exports/2026/11/report.csv",
    context: { "aws:SecureTransport": "false" },
  },
};

const asPolicies = (docs: Guardrails["rootScps"]) => docs.map((p) => ({ name: p.name, policy: p.document }));

/** Runs one request through FullAWSAccess + our SCPs (root, OU, account) and our RCPs, with an admin identity policy. */
async function simulate(g: Guardrails, principal: string, c: Case) {
  const principalAccount = principal.split(":")[4];
  const outsider = principalAccount !== ACCOUNT;
  const full = { name: "FullAWSAccess", policy: ALLOW_ALL };
  const simulation: Simulation = {
    request: {
      principal,
      action: c.action,
      resource: { resource: c.resource, accountId: ACCOUNT },
      contextVariables: {
        "aws:PrincipalArn": principal,
        "aws:PrincipalAccount": principalAccount,
        "aws:PrincipalIsAWSService": "false",
        "aws:RequestedRegion": REGION,
        "aws:SecureTransport": "true",
        ...(outsider ? { "aws:PrincipalOrgID": "o-outsider000" } : { "aws:PrincipalOrgID": config.organization.id }),
        ...c.context,
      },
    },
    identityPolicies: [{ name: "admin", policy: ALLOW_ALL }],
    // SCPs govern the principal's own organisation: an outsider's has only FullAWSAccess.
    serviceControlPolicies: outsider
      ? [{ orgIdentifier: "r-other", policies: [full] }]
      : [
          { orgIdentifier: "r-ab12", policies: [full, ...asPolicies(g.rootScps)] },
          {
            orgIdentifier: c.suspended ? "ou-ab12-suspended" : "ou-ab12-prod",
            policies: [full, ...(c.suspended ? asPolicies(g.suspendedScps) : [])],
          },
          { orgIdentifier: ACCOUNT, policies: [full] },
        ],
    // RCPs govern the resource's organisation: ours.
    resourceControlPolicies: [{ orgIdentifier: "r-ab12", policies: asPolicies(g.rootRcps) }],
    // Cross-account access also needs the resource to allow it.
    ...(outsider
      ? {
          resourcePolicy: {
            Version: "2012-10-17",
            Statement: [{ Effect: "Allow", Principal: { AWS: principal }, Action: c.action, Resource: c.resource }],
          },
        }
      : {}),
  };
  const result = await runSimulation(simulation, {});
  if (result.resultType === "error") throw new Error(`simulation of ${c.action} failed: ${JSON.stringify(result.errors)}`);
  return result.overallResult;
}

const preventive = awsControls.filter((c) => (c.preventive ?? []).some((f) => f.kind === "aws-scp" || f.kind === "aws-rcp"));

describe("guardrails under an IAM policy simulator", () => {
  it("has a request for every control with an SCP or RCP", () => {
    expect(preventive.map((c) => c.id).filter((id) => !(id in CASES))).toEqual([]);
  });

  describe.each(preventive.map((c) => [c.id, CASES[c.id]] as const))("%s", (_id, c) => {
    it.skipIf(!c)("denies the request to a workload principal", async () => {
      expect(await simulate(guardrails, c.deniedPrincipal ?? WORKLOAD, c)).toBe("ExplicitlyDenied");
    });
    it.skipIf(!c)("allows it to the break-glass role", async () => {
      expect(await simulate(guardrails, BREAK_GLASS, c)).toBe("Allowed");
    });
  });

  it("lets the automation role, and only it besides break-glass, change the landing zone's roles", async () => {
    const c = CASES["aws-organizations-protect-landing-zone-roles"];
    expect(await simulate(guardrails, AUTOMATION, c)).toBe("Allowed");
    expect(await simulate(guardrails, role("palisade-config-recorder"), c)).toBe("ExplicitlyDenied");
    // Roles outside the protected patterns stay the workload's own.
    expect(await simulate(guardrails, WORKLOAD, { ...c, resource: role("payments-api") })).toBe("Allowed");
  });

  it("spares centralised root sessions (sts:AssumeRoot from the management account), not root credentials", async () => {
    const c = CASES["aws-organizations-deny-root-user"];
    const root = c.deniedPrincipal!;
    expect(await simulate(guardrails, root, c)).toBe("ExplicitlyDenied");
    expect(await simulate(guardrails, root, { ...c, context: { "aws:AssumedRoot": "true" } })).toBe("Allowed");
  });

  it("leaves ordinary work alone: compliant requests from a workload are allowed", async () => {
    expect(await simulate(guardrails, WORKLOAD, { ...CASES["aws-ec2-ebs-volume-encrypted"], context: { "ec2:Encrypted": "true" } })).toBe(
      "Allowed",
    );
    expect(await simulate(guardrails, WORKLOAD, { ...CASES["aws-organizations-rcp-require-tls"], context: {} })).toBe("Allowed");
    expect(
      await simulate(guardrails, WORKLOAD, {
        action: "sqs:CreateQueue",
        resource: `arn:aws:sqs:eu-central-1:${ACCOUNT}:jobs`,
        context: { "aws:RequestedRegion": "eu-central-1" },
      }),
    ).toBe("Allowed");
  });

  describe("region restriction (allowedRegions: eu-west-1 only)", () => {
    const euOnly = buildGuardrails({ ...OPTIONS, allowedRegions: ["eu-west-1"] });

    it("allows global services from any region", async () => {
      for (const c of [
        { action: "iam:CreateRole", resource: role("payments-api"), context: { "aws:RequestedRegion": "us-east-1" } },
        { action: "sts:GetCallerIdentity", resource: "*", context: { "aws:RequestedRegion": "us-east-1" } },
        { action: "route53:ListHostedZones", resource: "*", context: { "aws:RequestedRegion": "us-east-1" } },
        { action: "support:DescribeCases", resource: "*", context: { "aws:RequestedRegion": "us-east-1" } },
      ]) {
        expect(await simulate(euOnly, WORKLOAD, c), c.action).toBe("Allowed");
      }
    });

    it("denies regional actions outside the allowed regions, and allows them inside", async () => {
      const queue = (region: string) => ({
        action: "sqs:CreateQueue",
        resource: `arn:aws:sqs:${region}:${ACCOUNT}:jobs`,
        context: { "aws:RequestedRegion": region },
      });
      expect(await simulate(euOnly, WORKLOAD, queue("us-east-1"))).toBe("ExplicitlyDenied");
      expect(await simulate(euOnly, WORKLOAD, queue("eu-central-1"))).toBe("ExplicitlyDenied");
      expect(await simulate(euOnly, WORKLOAD, queue("eu-west-1"))).toBe("Allowed");
    });
  });
});
