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
import { PERIMETER_SERVICES, publicPrincipal } from "./rcp-require-tls";

/** Actions the perimeter must cover; STS federation (SAML, web identity) has no principal organisation. */
const SAMPLE_ACTIONS = ["s3:GetObject", "kms:Decrypt", "sqs:SendMessage", "secretsmanager:GetSecretValue", "sts:AssumeRole"];

/** Deny to "*" unless the principal belongs to the organisation (AWS services acting for it exempt). */
function enforcesPerimeter(s: Record<string, unknown>): boolean {
  if (!publicPrincipal(s.Principal) || !allResources(s) || !SAMPLE_ACTIONS.every((a) => coversAction(s, a))) return false;
  let orgPinned = false;
  const ok = onlyExemptionConditions(s, (operator, key, value) => {
    if ((operator === "stringnotequalsifexists" || operator === "stringnotequals") && key === "aws:principalorgid") {
      orgPinned = listOf(value).some((v) => typeof v === "string" && /^o-[a-z0-9]{10,32}$/.test(v));
      return orgPinned;
    }
    return (operator === "boolifexists" || operator === "bool") && key === "aws:principalisawsservice";
  });
  return ok && orgPinned;
}

/**
 * The identity perimeter: whatever a bucket, key, queue, secret or role trust policy says, principals
 * outside the organisation are denied by an RCP on the root. Resource policies that name outsiders are
 * caught per service at preview by the S3, KMS, SQS, Secrets Manager and IAM controls.
 */
export const rcpIdentityPerimeter = defineControl({
  id: "aws-organizations-rcp-identity-perimeter",
  title: "Only the organisation's identities can access S3, KMS, SQS, Secrets Manager and STS resources (resource control policy)",
  rationale:
    'A resource policy that allows Principal "*", or an account that turned out not to be ours, opens data or role assumption to the world; an RCP closes that door for every resource of every member account at once.',
  severity: "critical",
  cloud: "aws",
  service: "organizations",
  resourceTypes: [ORGANIZATION, ORG_POLICY, ORG_POLICY_ATTACHMENT],
  frameworks: {
    "cis-aws-7.0": ["2.21"],
    "nist-800-53-r5": ["AC-3", "AC-4", "AC-21", "SC-7"],
    soc2: ["CC6.1", "CC6.6"],
    "iso27001-2022": ["A.5.15", "A.8.3", "A.5.14"],
    "pci-dss-4.0": ["7.2.1", "1.4.1"],
    hipaa: ["164.312(a)(1)", "164.308(a)(4)(ii)(B)"],
  },
  remediation:
    'Attach an RCP to the organisation root that denies s3:*, kms:*, sqs:*, secretsmanager:* and sts:AssumeRole to Principal "*" when aws:PrincipalOrgID is not the organisation (StringNotEqualsIfExists) and aws:PrincipalIsAWSService is false (BoolIfExists).',
  enforcementLevel: "mandatory",
  tags: ["data-perimeter", "public-exposure", "guardrail"],
  stackCheck: (stack) =>
    requireGuardrail(stack, {
      policyType: "RESOURCE_CONTROL_POLICY",
      target: { kind: "root" },
      what: "that denies principals outside the organisation (aws:PrincipalOrgID)",
      enforces: enforcesPerimeter,
    }),
  preventive: [
    {
      kind: "aws-rcp",
      statements: (params) => [
        {
          Sid: "RcpDenyOutsideOrganization",
          Effect: "Deny",
          Principal: "*",
          Action: [
            ...PERIMETER_SERVICES.filter((a) => a !== "sts:*"),
            "sts:AssumeRole",
            "sts:DecodeAuthorizationMessage",
            "sts:GetAccessKeyInfo",
            "sts:GetFederationToken",
            "sts:GetServiceBearerToken",
            "sts:GetSessionToken",
            "sts:SetContext",
          ],
          Resource: "*",
          Condition: {
            StringNotEqualsIfExists: { "aws:PrincipalOrgID": params.organizationId },
            BoolIfExists: { "aws:PrincipalIsAWSService": "false" },
          },
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
                  Sid: "RcpDenyOutsideOrganization",
                  Effect: "Deny",
                  Principal: "*",
                  Action: ["s3:*", "kms:*", "sqs:*", "secretsmanager:*", "sts:AssumeRole"],
                  Resource: "*",
                  Condition: {
                    StringNotEqualsIfExists: { "aws:PrincipalOrgID": "o-a1b2c3d4e5" },
                    BoolIfExists: { "aws:PrincipalIsAWSService": "false" },
                    ArnNotLike: { "aws:PrincipalArn": "arn:aws:iam::*:role/break-glass" },
                  },
                },
              ],
            }),
          },
        },
        { type: ORG_POLICY_ATTACHMENT, name: "perimeter-root", props: { policyId: "p-rcp", targetId: "r-ab12" } },
      ],
    ],
    nonCompliant: [
      // S3 only: keys, queues, secrets and role trust stay open to outsiders.
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
                  Sid: "RcpDenyOutsideOrganization",
                  Effect: "Deny",
                  Principal: "*",
                  Action: "s3:*",
                  Resource: "*",
                  Condition: { StringNotEqualsIfExists: { "aws:PrincipalOrgID": "o-a1b2c3d4e5" } },
                },
              ],
            }),
          },
        },
        { type: ORG_POLICY_ATTACHMENT, name: "perimeter-root", props: { policyId: "p-rcp", targetId: "r-ab12" } },
      ],
      [{ type: ORGANIZATION, name: "org", props: { featureSet: "ALL" } }],
    ],
  },
});
