import { defineControl } from "../../model/control";
import {
  allResources,
  coversAction,
  ORG_POLICY,
  ORG_POLICY_ATTACHMENT,
  ORG_UNIT,
  ORGANIZATION,
  onlyExemptionConditions,
  requireGuardrail,
} from "./org-policies";

const QUARANTINE = JSON.stringify({
  Version: "2012-10-17",
  Statement: [{ Sid: "QuarantineSuspendedAccounts", Effect: "Deny", Action: "*", Resource: "*" }],
});

/**
 * Accounts are moved to the Suspended OU before they are closed, or when compromised: nothing in them
 * may run or change while they wait, except through break-glass.
 */
export const quarantineSuspended = defineControl({
  id: "aws-organizations-quarantine-suspended",
  title: "Accounts in the Suspended OU are quarantined: every action is denied",
  rationale:
    "A suspended or compromised account must not keep running workloads, spending money or being used as a foothold while it waits to be investigated or closed.",
  severity: "high",
  cloud: "aws",
  service: "organizations",
  resourceTypes: [ORGANIZATION, ORG_UNIT, ORG_POLICY, ORG_POLICY_ATTACHMENT],
  frameworks: {
    "cis-aws-7.0": ["2.1.4"],
    "nist-800-53-r5": ["AC-2", "AC-2(3)"],
    soc2: ["CC6.2", "CC7.4"],
    "iso27001-2022": ["A.5.18", "A.5.26"],
    "pci-dss-4.0": ["8.2.5"],
    hipaa: ["164.308(a)(3)(ii)(C)", "164.308(a)(6)(ii)"],
  },
  remediation: 'Attach an SCP that denies "*" on "*" to the Suspended OU (the landing zone deploys it from this control).',
  enforcementLevel: "mandatory",
  tags: ["organization", "guardrail", "incident-response"],
  configSchema: {
    suspendedOuName: { type: "string", default: "Suspended", description: "Name of the OU that holds quarantined accounts." },
  },
  stackCheck: (stack, ctx) =>
    requireGuardrail(stack, {
      policyType: "SERVICE_CONTROL_POLICY",
      target: { kind: "ou", name: String(ctx.settings.suspendedOuName ?? "Suspended") },
      what: 'that denies "*"',
      enforces: (s) =>
        coversAction(s, "iam:CreateUser") && coversAction(s, "ec2:RunInstances") && allResources(s) && onlyExemptionConditions(s),
    }),
  preventive: [
    {
      kind: "aws-scp",
      scope: "suspended",
      statements: () => [{ Sid: "QuarantineSuspendedAccounts", Effect: "Deny", Action: "*", Resource: "*" }],
    },
  ],
  examples: {
    compliant: [
      [
        { type: ORGANIZATION, name: "org", props: { featureSet: "ALL" } },
        { type: ORG_UNIT, name: "suspended", props: { name: "Suspended", parentId: "04da6b54-80e4-46f7-96ec-b56ff0331ba9" } },
        { type: ORG_POLICY, name: "quarantine", props: { content: QUARANTINE } },
        {
          type: ORG_POLICY_ATTACHMENT,
          name: "quarantine-suspended",
          props: { policyId: "04da6b54-80e4-46f7-96ec-b56ff0331ba9", targetId: "04da6b54-80e4-46f7-96ec-b56ff0331ba9" },
          refs: { policyId: ["quarantine"], targetId: ["suspended"] },
        },
      ],
      [
        { type: ORGANIZATION, name: "org", props: { featureSet: "ALL" } },
        { type: ORG_UNIT, name: "suspended", props: { id: "ou-ab12-suspend1", name: "Suspended" } },
        { type: ORG_POLICY, name: "quarantine", props: { id: "p-q", content: QUARANTINE } },
        { type: ORG_POLICY_ATTACHMENT, name: "quarantine-suspended", props: { policyId: "p-q", targetId: "ou-ab12-suspend1" } },
      ],
    ],
    nonCompliant: [
      // Attached to the wrong OU.
      [
        { type: ORGANIZATION, name: "org", props: { featureSet: "ALL" } },
        { type: ORG_UNIT, name: "sandbox", props: { id: "ou-ab12-sandbox1", name: "Sandbox" } },
        { type: ORG_POLICY, name: "quarantine", props: { id: "p-q", content: QUARANTINE } },
        { type: ORG_POLICY_ATTACHMENT, name: "quarantine-sandbox", props: { policyId: "p-q", targetId: "ou-ab12-sandbox1" } },
      ],
      [{ type: ORGANIZATION, name: "org", props: { featureSet: "ALL" } }],
    ],
  },
});
