import { defineControl } from "../../model/control";
import { failAll, type Violation } from "../../model/verdict";
import { attachedPolicyArns, awsManagedPolicyName, EXCLUSIVE_ATTACHMENT_TYPES, POLICY_ATTACHMENT_TYPES } from "../../shared/aws-iam";
import { type ManagedPolicyTier, TIER_ORDER } from "../../shared/aws-managed-policy-tiers";
import { AWS_MANAGED_POLICY_TIERS } from "../../shared/aws-managed-policy-tiers.generated";

const TIER_WORDS: Record<ManagedPolicyTier, string> = {
  administrator: "administrator-equivalent",
  "privilege-escalation": "privilege-escalation",
  "service-full-access": "full-access",
};

function settingsOf(settings: Record<string, unknown>): { tiers: Set<string>; allowed: Set<string> } {
  const tiers = Array.isArray(settings.tiers) ? settings.tiers.filter((t): t is string => typeof t === "string") : [...TIER_ORDER];
  const allowed = Array.isArray(settings.allowedPolicies) ? settings.allowedPolicies.filter((t): t is string => typeof t === "string") : [];
  return { tiers: new Set(tiers), allowed: new Set(allowed) };
}

/**
 * Attachments of AWS-managed policies whose real documents fall in a risk tier (see
 * shared/aws-managed-policy-tiers.ts): administrator-equivalent (PowerUserAccess), privilege escalation
 * (IAMFullAccess, AWSLambda_FullAccess) and full access to a service (AmazonS3FullAccess,
 * AmazonDynamoDBFullAccess). AdministratorAccess itself is reported by aws-iam-policy-no-full-admin.
 */
export const iamNoHighRiskManagedPolicies = defineControl({
  id: "aws-iam-no-high-risk-managed-policies",
  title: "Principals do not get AWS-managed full-access, privilege-escalation or administrator-equivalent policies",
  rationale:
    "AWS-managed *FullAccess policies grant every action of a service on every resource (AmazonS3FullAccess reads and deletes every bucket in the account), and some grant a path to administrator; attached to a workload role they turn one compromised function into an account-wide breach.",
  severity: "high",
  cloud: "aws",
  service: "iam",
  resourceTypes: ["aws:iam/role:Role", ...POLICY_ATTACHMENT_TYPES, ...EXCLUSIVE_ATTACHMENT_TYPES],
  frameworks: {
    "nist-800-53-r5": ["AC-6", "AC-6(10)", "AC-3"],
    soc2: ["CC6.1", "CC6.3"],
    "iso27001-2022": ["A.8.2", "A.5.15", "A.5.18"],
    "pci-dss-4.0": ["7.2.1", "7.2.2"],
    hipaa: ["164.308(a)(4)(ii)(B)"],
  },
  remediation:
    "Replace the AWS-managed policy with a customer-managed or inline policy listing the actions and resources the principal uses (IAM Access Analyzer policy generation derives it from CloudTrail), or allow the policy by name in the control's allowedPolicies setting with a reason.",
  enforcementLevel: "mandatory",
  tags: ["identity", "least-privilege"],
  configSchema: {
    tiers: {
      type: "array",
      items: { type: "string", enum: [...TIER_ORDER] },
      default: [...TIER_ORDER],
      description: "Risk tiers of AWS-managed policies that must not be attached.",
    },
    allowedPolicies: {
      type: "array",
      items: { type: "string" },
      default: [],
      description: "AWS-managed policy names accepted despite their tier (e.g. for a break-glass role).",
    },
  },
  check: (r, ctx) => {
    const { tiers, allowed } = settingsOf(ctx.settings);
    const violations: Violation[] = [];
    for (const { property, arn } of attachedPolicyArns(r.type, r.props)) {
      const name = awsManagedPolicyName(arn);
      if (!name || name === "AdministratorAccess" || allowed.has(name)) continue;
      const tier = AWS_MANAGED_POLICY_TIERS[name];
      if (!tier || !tiers.has(tier[0])) continue;
      violations.push({
        property,
        message: `${property} attaches ${name}, an AWS-managed ${TIER_WORDS[tier[0]]} policy (${tier[1]}); attach a policy scoped to the actions and resources the principal uses`,
      });
    }
    return failAll(violations);
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
          props: { role: "fn", policyArn: "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole" },
        },
      ],
      [
        {
          type: "aws:iam/role:Role",
          props: {
            assumeRolePolicy: JSON.stringify({
              Statement: [{ Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" }],
            }),
            managedPolicyArns: ["arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore", "arn:aws:iam::123456789012:policy/app-data"],
          },
        },
      ],
      [
        {
          type: "aws:iam/userPolicyAttachment:UserPolicyAttachment",
          props: { user: "auditor", policyArn: "arn:aws:iam::aws:policy/ReadOnlyAccess" },
        },
      ],
    ],
    nonCompliant: [
      // The shape seen in a public program: a Lambda role with AWS-managed full-access policies.
      [
        {
          type: "aws:iam/role:Role",
          props: {
            assumeRolePolicy: JSON.stringify({
              Statement: [{ Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" }],
            }),
            managedPolicyArns: [
              "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole",
              "arn:aws:iam::aws:policy/AmazonS3FullAccess",
              "arn:aws:iam::aws:policy/AmazonDynamoDBFullAccess",
            ],
          },
        },
      ],
      [
        {
          type: "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
          props: { role: "fn", policyArn: "arn:aws:iam::aws:policy/AWSLambda_FullAccess" },
        },
      ],
      [
        {
          type: "aws:iam/groupPolicyAttachment:GroupPolicyAttachment",
          props: { group: "devs", policyArn: "arn:aws:iam::aws:policy/PowerUserAccess" },
        },
      ],
      [
        {
          type: "aws:iam/rolePolicyAttachmentsExclusive:RolePolicyAttachmentsExclusive",
          props: { roleName: "ops", policyArns: ["arn:aws:iam::aws:policy/IAMFullAccess"] },
        },
      ],
    ],
  },
});
