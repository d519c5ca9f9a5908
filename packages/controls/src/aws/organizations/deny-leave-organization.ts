import { defineControl } from "../../model/control";
import {
  allResources,
  coversAction,
  ORG_POLICY,
  ORG_POLICY_ATTACHMENT,
  ORGANIZATION,
  onlyExemptionConditions,
  requireGuardrail,
} from "./org-policies";

const POLICY = JSON.stringify({
  Version: "2012-10-17",
  Statement: [{ Sid: "DenyLeaveOrganization", Effect: "Deny", Action: "organizations:LeaveOrganization", Resource: "*" }],
});

/**
 * An account that leaves the organisation leaves every SCP, RCP, the organisation trail and the delegated
 * security services behind. Whether the organisation forbids it is decided by the SCPs the stack attaches.
 */
export const denyLeaveOrganization = defineControl({
  id: "aws-organizations-deny-leave-organization",
  title: "Member accounts cannot leave the organisation",
  rationale:
    "An account that leaves the organisation is no longer bound by its SCPs and RCPs, its organisation trail or its delegated security services; a compromised administrator could take it out of every guardrail at once.",
  severity: "high",
  cloud: "aws",
  service: "organizations",
  resourceTypes: [ORGANIZATION, ORG_POLICY, ORG_POLICY_ATTACHMENT],
  frameworks: {
    "cis-aws-7.0": ["2.1.2"],
    "nist-800-53-r5": ["AC-2", "CM-5(1)(a)"],
    soc2: ["CC6.1", "CC8.1"],
    "iso27001-2022": ["A.5.15", "A.8.9"],
  },
  remediation:
    "Attach an SCP to the organisation root with a Deny statement for organizations:LeaveOrganization on all resources (the landing zone deploys it from this control).",
  enforcementLevel: "mandatory",
  tags: ["organization", "guardrail"],
  stackCheck: (stack) =>
    requireGuardrail(stack, {
      policyType: "SERVICE_CONTROL_POLICY",
      target: { kind: "root" },
      what: "denies organizations:LeaveOrganization",
      enforces: (s) => coversAction(s, "organizations:LeaveOrganization") && allResources(s) && onlyExemptionConditions(s),
    }),
  preventive: [
    {
      kind: "aws-scp",
      statements: () => [{ Sid: "DenyLeaveOrganization", Effect: "Deny", Action: "organizations:LeaveOrganization", Resource: "*" }],
    },
  ],
  examples: {
    compliant: [
      [
        { type: ORGANIZATION, name: "org", props: { featureSet: "ALL" } },
        { type: ORG_POLICY, name: "guardrails", props: { id: "p-guardrails", content: POLICY } },
        { type: ORG_POLICY_ATTACHMENT, name: "guardrails-root", props: { policyId: "p-guardrails", targetId: "r-ab12" } },
      ],
      [
        { type: ORGANIZATION, name: "org", props: { featureSet: "ALL" } },
        { type: ORG_POLICY, name: "guardrails", props: { type: "SERVICE_CONTROL_POLICY", content: POLICY } },
        {
          type: ORG_POLICY_ATTACHMENT,
          name: "guardrails-root",
          props: { policyId: "04da6b54-80e4-46f7-96ec-b56ff0331ba9", targetId: "04da6b54-80e4-46f7-96ec-b56ff0331ba9" },
          refs: { policyId: ["guardrails"], targetId: ["org"] },
        },
      ],
    ],
    nonCompliant: [
      // The guardrail exists but is attached nowhere.
      [
        { type: ORGANIZATION, name: "org", props: { featureSet: "ALL" } },
        { type: ORG_POLICY, name: "guardrails", props: { id: "p-guardrails", content: POLICY } },
      ],
      // Attached, but conditional on a tag the caller controls.
      [
        { type: ORGANIZATION, name: "org", props: { featureSet: "ALL" } },
        {
          type: ORG_POLICY,
          name: "guardrails",
          props: {
            id: "p-guardrails",
            content: JSON.stringify({
              Version: "2012-10-17",
              Statement: [
                {
                  Sid: "DenyLeave",
                  Effect: "Deny",
                  Action: "organizations:*",
                  Resource: "*",
                  Condition: { StringNotEquals: { "aws:PrincipalTag/team": "platform" } },
                },
              ],
            }),
          },
        },
        { type: ORG_POLICY_ATTACHMENT, name: "guardrails-root", props: { policyId: "p-guardrails", targetId: "r-ab12" } },
      ],
    ],
  },
});
