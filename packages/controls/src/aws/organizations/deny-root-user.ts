import { defineControl } from "../../model/control";
import {
  allResources,
  coversAction,
  iamGlob,
  listOf,
  ORG_POLICY,
  ORG_POLICY_ATTACHMENT,
  ORGANIZATION,
  onlyExemptionConditions,
  requireGuardrail,
} from "./org-policies";

const ROOT_ARN = "arn:aws:iam::*:root";

/**
 * Root credentials of the account itself are denied; a root session the management account opens with
 * sts:AssumeRoot (centralised root access, scoped to one privileged task) carries aws:AssumedRoot and
 * stays possible.
 */
const ROOT_CONDITION = { ArnLike: { "aws:PrincipalArn": ROOT_ARN }, Null: { "aws:AssumedRoot": "true" } };

const POLICY = JSON.stringify({
  Version: "2012-10-17",
  Statement: [{ Sid: "DenyRootUser", Effect: "Deny", Action: "*", Resource: "*", Condition: ROOT_CONDITION }],
});

/**
 * A Deny of every action whose narrowing conditions only match root principals (ArnLike/StringLike on
 * aws:PrincipalArn), optionally sparing centralised root sessions (Null aws:AssumedRoot).
 */
function deniesRoot(s: Record<string, unknown>): boolean {
  if (!coversAction(s, "iam:CreateUser") || !coversAction(s, "s3:GetObject") || !allResources(s)) return false;
  let matchesRoot = false;
  const ok = onlyExemptionConditions(s, (operator, key, value) => {
    if ((operator === "arnlike" || operator === "stringlike") && key === "aws:principalarn") {
      matchesRoot = listOf(value).some((v) => typeof v === "string" && iamGlob(v, "arn:aws:iam::123456789012:root"));
      return matchesRoot;
    }
    return operator === "null" && key === "aws:assumedroot" && listOf(value).every((v) => v === true || v === "true");
  });
  return ok && matchesRoot;
}

/**
 * The root user of a member account can do anything its SCPs allow and cannot be limited by IAM. With
 * centralised root access (sts:AssumeRoot from the management account) no one needs it day to day.
 */
export const denyRootUser = defineControl({
  id: "aws-organizations-deny-root-user",
  title: "The root user of member accounts is denied every action",
  rationale:
    "Root credentials of a member account bypass IAM entirely; an SCP is the only control that limits them. Denying all root actions removes the most powerful credential from daily use and from an attacker's reach.",
  severity: "critical",
  cloud: "aws",
  service: "organizations",
  resourceTypes: [ORGANIZATION, ORG_POLICY, ORG_POLICY_ATTACHMENT],
  frameworks: {
    "cis-aws-7.0": ["2.1.1", "2.7"],
    "cis-aws-3.0": ["1.7"],
    "nist-800-53-r5": ["AC-6(9)", "AC-6(10)", "AC-2"],
    soc2: ["CC6.1", "CC6.3"],
    "iso27001-2022": ["A.8.2", "A.5.15"],
    "pci-dss-4.0": ["7.2.1", "8.2.2"],
    hipaa: ["164.308(a)(4)(ii)(B)", "164.312(a)(1)"],
  },
  remediation:
    'Attach an SCP to the organisation root that denies "*" when aws:PrincipalArn is like arn:aws:iam::*:root (sparing sts:AssumeRoot sessions: Null aws:AssumedRoot "true"), and use centralised root access for the rare tasks that need root.',
  enforcementLevel: "mandatory",
  tags: ["organization", "guardrail", "root-user"],
  stackCheck: (stack) =>
    requireGuardrail(stack, {
      policyType: "SERVICE_CONTROL_POLICY",
      target: { kind: "root" },
      what: `denies every action to ${ROOT_ARN}`,
      enforces: deniesRoot,
    }),
  preventive: [
    {
      kind: "aws-scp",
      statements: () => [{ Sid: "DenyRootUser", Effect: "Deny", Action: "*", Resource: "*", Condition: ROOT_CONDITION }],
    },
  ],
  response: [
    {
      runbook: "aws-alert-root-user-activity",
      trigger: "CloudTrail event (API call or console sign-in) with userIdentity.type = Root, not invoked by an AWS service",
      action: "alert only: record with event, source IP, user agent, MFA, region, to the central log and the alert topic",
      kind: "alert",
    },
  ],
  examples: {
    compliant: [
      [
        { type: ORGANIZATION, name: "org", props: { featureSet: "ALL" } },
        { type: ORG_POLICY, name: "guardrails", props: { id: "p-1", type: "SERVICE_CONTROL_POLICY", content: POLICY } },
        { type: ORG_POLICY_ATTACHMENT, name: "guardrails-root", props: { policyId: "p-1", targetId: "r-ab12" } },
      ],
    ],
    nonCompliant: [
      [
        { type: ORGANIZATION, name: "org", props: { featureSet: "ALL" } },
        // Only some actions: root could still do the rest.
        {
          type: ORG_POLICY,
          name: "guardrails",
          props: {
            id: "p-1",
            content: JSON.stringify({
              Version: "2012-10-17",
              Statement: [
                {
                  Sid: "DenyRootIam",
                  Effect: "Deny",
                  Action: "iam:*",
                  Resource: "*",
                  Condition: { ArnLike: { "aws:PrincipalArn": ROOT_ARN } },
                },
              ],
            }),
          },
        },
        { type: ORG_POLICY_ATTACHMENT, name: "guardrails-root", props: { policyId: "p-1", targetId: "r-ab12" } },
      ],
      // Attached to one OU only.
      [
        { type: ORGANIZATION, name: "org", props: { featureSet: "ALL" } },
        { type: ORG_POLICY, name: "guardrails", props: { id: "p-1", content: POLICY } },
        { type: ORG_POLICY_ATTACHMENT, name: "guardrails-sandbox", props: { policyId: "p-1", targetId: "ou-ab12-sandbox1" } },
      ],
    ],
  },
});
