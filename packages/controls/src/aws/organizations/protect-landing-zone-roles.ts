import { defineControl } from "../../model/control";
import type { StackView } from "../../model/stack-view";
import { peek } from "../../model/unknowns";
import { cannotEvaluate, notApplicable, type Verdict } from "../../model/verdict";
import {
  coversAction,
  DEFAULT_AUTOMATION_ROLE,
  exceptAutomation,
  iamGlob,
  listOf,
  ORG_POLICY,
  ORG_POLICY_ATTACHMENT,
  ORGANIZATION,
  onlyExemptionConditions,
  requireGuardrail,
} from "./org-policies";

const ROLE = "aws:iam/role:Role";

/** Every IAM write action that changes who can assume a role or what it may do. */
const ROLE_WRITE_ACTIONS = [
  "iam:AttachRolePolicy",
  "iam:CreateRole",
  "iam:DeleteRole",
  "iam:DeleteRolePermissionsBoundary",
  "iam:DeleteRolePolicy",
  "iam:DetachRolePolicy",
  "iam:PutRolePermissionsBoundary",
  "iam:PutRolePolicy",
  "iam:TagRole",
  "iam:UntagRole",
  "iam:UpdateAssumeRolePolicy",
  "iam:UpdateRole",
  "iam:UpdateRoleDescription",
];
/** The ones without which the protection is hollow. */
const ESSENTIAL = ["iam:AttachRolePolicy", "iam:PutRolePolicy", "iam:UpdateAssumeRolePolicy", "iam:DeleteRole", "iam:DetachRolePolicy"];

const roleArn = (path: string, name: string) => `arn:aws:iam::123456789012:role${path.endsWith("/") ? path : `${path}/`}${name}`;

/** ARNs of the roles the stack declares (the landing zone's own roles), plus the configured ones. */
function protectedArns(stack: StackView, extra: readonly string[]): { arns: string[]; unknown?: string } {
  const arns = extra.map((n) => roleArn("/", n));
  for (const role of stack.ofType([ROLE])) {
    const name = peek(role.props, "name");
    const path = peek(role.props, "path");
    if (!name.known || !path.known || typeof name.value !== "string") return { arns, unknown: `${role.name}.name` };
    arns.push(roleArn(typeof path.value === "string" ? path.value : "/", name.value));
  }
  return { arns };
}

function check(stack: StackView, extra: readonly string[]): Verdict & { subjectUrn?: string } {
  if (stack.ofType([ORGANIZATION]).length === 0) return notApplicable("the stack does not manage an AWS Organization");
  const { arns, unknown } = protectedArns(stack, extra);
  if (unknown)
    return cannotEvaluate(unknown, `${unknown} is unknown (a role without an explicit name cannot be matched by an SCP pattern)`);
  return requireGuardrail(stack, {
    policyType: "SERVICE_CONTROL_POLICY",
    target: { kind: "root" },
    what: `that denies IAM role changes on ${arns.map((a) => a.replace("123456789012", "*")).join(", ")}`,
    enforces: (s) =>
      ESSENTIAL.every((a) => coversAction(s, a)) &&
      arns.every((arn) => listOf(s.Resource).some((p) => typeof p === "string" && iamGlob(p, arn))) &&
      onlyExemptionConditions(s),
  });
}

export const protectLandingZoneRoles = defineControl({
  id: "aws-organizations-protect-landing-zone-roles",
  title: "The landing zone's own roles cannot be changed by anyone but its automation",
  rationale:
    "The automation, break-glass and security-service roles the landing zone deploys in every account are how it governs that account; a workload administrator who can edit their trust or permissions can take the account over or lock the platform team out.",
  severity: "critical",
  cloud: "aws",
  service: "organizations",
  resourceTypes: [ORGANIZATION, ROLE, ORG_POLICY, ORG_POLICY_ATTACHMENT],
  frameworks: {
    "cis-aws-7.0": ["2.1.2"],
    "nist-800-53-r5": ["AC-2", "AC-6", "CM-5(1)(a)"],
    soc2: ["CC6.1", "CC6.3", "CC8.1"],
    "iso27001-2022": ["A.5.15", "A.5.18", "A.8.2"],
    "pci-dss-4.0": ["7.2.1", "7.2.2"],
    hipaa: ["164.308(a)(4)(ii)(B)"],
  },
  remediation:
    "Name the landing zone's roles with a protected prefix and attach an SCP to the root that denies IAM role write actions on arn:aws:iam::*:role/<prefix>* except for the automation role.",
  enforcementLevel: "mandatory",
  tags: ["identity", "guardrail", "organization"],
  configSchema: {
    protectedRoleNames: {
      type: "array",
      items: { type: "string" },
      default: [DEFAULT_AUTOMATION_ROLE],
      description: "Roles created outside the stack (e.g. by AWS Organizations) that the SCP must protect as well.",
    },
  },
  stackCheck: (stack, ctx) =>
    check(
      stack,
      listOf(ctx.settings.protectedRoleNames).filter((n): n is string => typeof n === "string"),
    ),
  preventive: [
    {
      kind: "aws-scp",
      statements: (params) => [
        {
          Sid: "ProtectLandingZoneRoles",
          Effect: "Deny",
          Action: ROLE_WRITE_ACTIONS,
          Resource: params.protectedRoleNames.map((n) => `arn:aws:iam::*:role/${n}`),
          Condition: exceptAutomation(params),
        },
      ],
    },
  ],
  examples: {
    compliant: [
      [
        { type: ORGANIZATION, name: "org", props: { featureSet: "ALL" } },
        { type: ROLE, name: "break-glass", props: { name: "palisade-break-glass" } },
        {
          type: ORG_POLICY,
          name: "guardrails",
          props: {
            id: "p-1",
            content: JSON.stringify({
              Version: "2012-10-17",
              Statement: [
                {
                  Sid: "ProtectLandingZoneRoles",
                  Effect: "Deny",
                  Action: ["iam:*Role*"],
                  Resource: ["arn:aws:iam::*:role/OrganizationAccountAccessRole", "arn:aws:iam::*:role/palisade-*"],
                  Condition: { ArnNotLike: { "aws:PrincipalArn": "arn:aws:iam::*:role/OrganizationAccountAccessRole" } },
                },
              ],
            }),
          },
        },
        { type: ORG_POLICY_ATTACHMENT, name: "guardrails-root", props: { policyId: "p-1", targetId: "r-ab12" } },
      ],
    ],
    nonCompliant: [
      // The break-glass role is outside the protected patterns.
      [
        { type: ORGANIZATION, name: "org", props: { featureSet: "ALL" } },
        { type: ROLE, name: "break-glass", props: { name: "emergency-admin" } },
        {
          type: ORG_POLICY,
          name: "guardrails",
          props: {
            id: "p-1",
            content: JSON.stringify({
              Version: "2012-10-17",
              Statement: [
                {
                  Sid: "ProtectLandingZoneRoles",
                  Effect: "Deny",
                  Action: ["iam:*"],
                  Resource: ["arn:aws:iam::*:role/OrganizationAccountAccessRole", "arn:aws:iam::*:role/palisade-*"],
                },
              ],
            }),
          },
        },
        { type: ORG_POLICY_ATTACHMENT, name: "guardrails-root", props: { policyId: "p-1", targetId: "r-ab12" } },
      ],
      // No protection at all.
      [
        { type: ORGANIZATION, name: "org", props: { featureSet: "ALL" } },
        { type: ROLE, name: "break-glass", props: { name: "palisade-break-glass" } },
      ],
    ],
  },
});
