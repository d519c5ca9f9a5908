import { defineControl } from "../../model/control";
import {
  allResources,
  coversAction,
  listOf,
  ORG_POLICY,
  ORG_POLICY_ATTACHMENT,
  ORGANIZATION,
  onlyExemptionConditions,
  requireGuardrail,
} from "./org-policies";

/** The data-perimeter services the RCPs cover (a sample action of each, to test coverage). */
export const PERIMETER_SERVICES = ["s3:*", "kms:*", "sqs:*", "secretsmanager:*", "sts:*"] as const;
const SAMPLE_ACTIONS = ["s3:GetObject", "kms:Decrypt", "sqs:SendMessage", "secretsmanager:GetSecretValue", "sts:AssumeRole"];

export const publicPrincipal = (p: unknown) =>
  p === "*" || (p !== null && typeof p === "object" && listOf((p as Record<string, unknown>).AWS).includes("*"));

function deniesPlaintext(s: Record<string, unknown>): boolean {
  if (!publicPrincipal(s.Principal) || !allResources(s) || !SAMPLE_ACTIONS.every((a) => coversAction(s, a))) return false;
  let tls = false;
  const ok = onlyExemptionConditions(s, (operator, key, value) => {
    if ((operator === "bool" || operator === "boolifexists") && key === "aws:securetransport") {
      tls = listOf(value).some((v) => v === false || v === "false");
      return tls;
    }
    return false;
  });
  return ok && tls;
}

/**
 * An RCP applies to every request to the covered resources in member accounts, whoever makes it and
 * whatever each bucket or key policy says: one statement instead of a TLS clause in every resource policy.
 */
export const rcpRequireTls = defineControl({
  id: "aws-organizations-rcp-require-tls",
  title: "Requests to S3, KMS, SQS, Secrets Manager and STS must use TLS (resource control policy)",
  rationale:
    "Requests over plain HTTP expose data and request signatures to anyone on the path; an RCP denies them organisation-wide, so no bucket or queue policy can forget the clause.",
  severity: "high",
  cloud: "aws",
  service: "organizations",
  resourceTypes: [ORGANIZATION, ORG_POLICY, ORG_POLICY_ATTACHMENT],
  frameworks: {
    "cis-aws-7.0": ["3.1.1"],
    "cis-aws-3.0": ["2.1.1"],
    "aws-fsbp": ["S3.5"],
    "nist-800-53-r5": ["SC-8", "SC-8(1)", "AC-17(2)"],
    soc2: ["CC6.1", "CC6.7"],
    "iso27001-2022": ["A.8.24", "A.5.14"],
    "pci-dss-4.0": ["4.2.1"],
    hipaa: ["164.312(e)(1)", "164.312(e)(2)(i)"],
  },
  remediation:
    'Attach an RCP to the organisation root that denies s3:*, kms:*, sqs:*, secretsmanager:* and sts:* to Principal "*" when aws:SecureTransport is false.',
  enforcementLevel: "mandatory",
  tags: ["encryption-in-transit", "data-perimeter", "guardrail"],
  stackCheck: (stack) =>
    requireGuardrail(stack, {
      policyType: "RESOURCE_CONTROL_POLICY",
      target: { kind: "root" },
      what: "that denies requests without TLS (aws:SecureTransport false)",
      enforces: deniesPlaintext,
    }),
  preventive: [
    {
      kind: "aws-rcp",
      statements: () => [
        {
          Sid: "RcpDenyInsecureTransport",
          Effect: "Deny",
          Principal: "*",
          Action: [...PERIMETER_SERVICES],
          Resource: "*",
          Condition: { BoolIfExists: { "aws:SecureTransport": "false" } },
        },
      ],
    },
  ],
  examples: {
    compliant: [
      [
        { type: ORGANIZATION, name: "org", props: { featureSet: "ALL" } },
        {
          type: ORG_POLICY,
          name: "perimeter",
          props: {
            id: "p-rcp",
            type: "RESOURCE_CONTROL_POLICY",
            content: JSON.stringify({
              Version: "2012-10-17",
              Statement: [
                {
                  Sid: "RcpDenyInsecureTransport",
                  Effect: "Deny",
                  Principal: "*",
                  Action: ["s3:*", "kms:*", "sqs:*", "secretsmanager:*", "sts:*"],
                  Resource: "*",
                  Condition: { BoolIfExists: { "aws:SecureTransport": "false" } },
                },
              ],
            }),
          },
        },
        { type: ORG_POLICY_ATTACHMENT, name: "perimeter-root", props: { policyId: "p-rcp", targetId: "r-ab12" } },
      ],
    ],
    nonCompliant: [
      // The same text as an SCP does not protect resources from outside principals.
      [
        { type: ORGANIZATION, name: "org", props: { featureSet: "ALL" } },
        {
          type: ORG_POLICY,
          name: "perimeter",
          props: {
            id: "p-rcp",
            type: "SERVICE_CONTROL_POLICY",
            content: JSON.stringify({
              Version: "2012-10-17",
              Statement: [
                {
                  Sid: "DenyInsecureTransport",
                  Effect: "Deny",
                  Action: ["s3:*", "kms:*", "sqs:*", "secretsmanager:*", "sts:*"],
                  Resource: "*",
                  Condition: { Bool: { "aws:SecureTransport": "false" } },
                },
              ],
            }),
          },
        },
        { type: ORG_POLICY_ATTACHMENT, name: "perimeter-root", props: { policyId: "p-rcp", targetId: "r-ab12" } },
      ],
    ],
  },
});
