import { defineControl } from "../../model/control";
import { failAll, type Violation } from "../../model/verdict";
import { listOf, statementsOf } from "./org-policies";
import { PERIMETER_SERVICES } from "./rcp-require-tls";

/** Resource types of the perimeter services that carry a resource policy, and the property that holds it. */
const POLICY_PROPERTY: Record<string, string> = {
  "aws:s3/bucketPolicy:BucketPolicy": "policy",
  "aws:sqs/queue:Queue": "policy",
  "aws:sqs/queuePolicy:QueuePolicy": "policy",
  "aws:kms/key:Key": "policy",
  "aws:kms/keyPolicy:KeyPolicy": "policy",
  "aws:secretsmanager/secret:Secret": "policy",
  "aws:secretsmanager/secretPolicy:SecretPolicy": "policy",
  "aws:iam/role:Role": "assumeRolePolicy",
};

/** Condition keys that confine a wildcard principal to the organisation, an account or a network origin. */
const SCOPING_KEYS = new Set(
  [
    "aws:PrincipalOrgID",
    "aws:PrincipalOrgPaths",
    "aws:PrincipalAccount",
    "aws:PrincipalArn",
    "aws:SourceOrgID",
    "aws:SourceOrgPaths",
    "aws:SourceAccount",
    "aws:SourceArn",
    "aws:SourceVpc",
    "aws:SourceVpce",
    "kms:CallerAccount",
  ].map((k) => k.toLowerCase()),
);

function isPublic(principal: unknown): boolean {
  if (principal === "*") return true;
  if (principal === null || typeof principal !== "object") return false;
  return listOf((principal as Record<string, unknown>).AWS).some((p) => p === "*" || p === "arn:aws:iam::*:root");
}

/** A positive condition on a scoping key with a concrete value (not "*"). */
function scoped(condition: unknown): boolean {
  if (condition === null || typeof condition !== "object") return false;
  return Object.entries(condition as Record<string, unknown>).some(
    ([operator, block]) =>
      !/Not|IfExists$/i.test(operator) &&
      operator.toLowerCase() !== "null" &&
      block !== null &&
      typeof block === "object" &&
      Object.entries(block as Record<string, unknown>).some(
        ([key, value]) =>
          SCOPING_KEYS.has(key.toLowerCase()) &&
          listOf(value).length > 0 &&
          listOf(value).every((v) => typeof v === "string" && v !== "*" && v !== ""),
      ),
  );
}

/**
 * The identity perimeter at preview: a resource policy of a perimeter service never allows a wildcard
 * principal without confining it to the organisation (or an account, or a network origin). The RCP
 * enforces the same for every resource in member accounts, whatever their policies say.
 */
export const rcpIdentityPerimeter = defineControl({
  id: "aws-organizations-rcp-identity-perimeter",
  title: "Resources of S3, KMS, SQS, Secrets Manager and STS are accessible only to the organisation's identities",
  rationale:
    'A resource policy that allows Principal "*" without an organisation condition opens data or role assumption to every AWS account in the world; the RCP closes that door organisation-wide, the check catches it before deployment.',
  severity: "critical",
  cloud: "aws",
  service: "organizations",
  resourceTypes: Object.keys(POLICY_PROPERTY),
  frameworks: {
    "cis-aws-7.0": ["2.21"],
    "aws-fsbp": ["KMS.5", "S3.2", "S3.3"],
    "nist-800-53-r5": ["AC-3", "AC-4", "AC-21", "SC-7"],
    soc2: ["CC6.1", "CC6.6"],
    "iso27001-2022": ["A.5.15", "A.8.3", "A.5.14"],
    "pci-dss-4.0": ["7.2.1", "1.4.1"],
    hipaa: ["164.312(a)(1)", "164.308(a)(4)(ii)(B)"],
  },
  remediation:
    'Name the principals explicitly, or add a condition such as StringEquals aws:PrincipalOrgID (or aws:SourceOrgID for AWS services) to every Allow statement with Principal "*".',
  enforcementLevel: "mandatory",
  tags: ["data-perimeter", "public-exposure", "guardrail"],
  check: (r) => {
    const property = POLICY_PROPERTY[r.type];
    const document = r.props[property];
    if (document === undefined || document === null || document === "") return failAll([]);
    const statements = statementsOf(document);
    if (!statements) return failAll([{ property, message: `${property} is not a JSON policy document` }]);
    const violations: Violation[] = [];
    statements.forEach((s, i) => {
      if (s.Effect === "Allow" && isPublic(s.Principal) && !scoped(s.Condition)) {
        violations.push({
          property: `${property}.Statement[${i}]`,
          message: `statement ${JSON.stringify(s.Sid ?? i)} allows Principal "*" without an organisation condition; add StringEquals aws:PrincipalOrgID`,
        });
      }
    });
    return failAll(violations);
  },
  preventive: [
    {
      kind: "aws-rcp",
      statements: (params) => [
        {
          Sid: "RcpDenyOutsideOrganization",
          Effect: "Deny",
          Principal: "*",
          // STS federation (SAML, web identity) has no principal organisation: only the role-to-role actions.
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
        {
          type: "aws:s3/bucketPolicy:BucketPolicy",
          props: {
            bucket: "shared-data",
            policy: JSON.stringify({
              Version: "2012-10-17",
              Statement: [
                {
                  Sid: "OrgRead",
                  Effect: "Allow",
                  Principal: "*",
                  Action: "s3:GetObject",
                  Resource: "arn:aws:s3:::shared-data/*",
                  Condition: { StringEquals: { "aws:PrincipalOrgID": "o-abc123def4" } },
                },
                {
                  Sid: "DenyHttp",
                  Effect: "Deny",
                  Principal: "*",
                  Action: "s3:*",
                  Resource: "*",
                  Condition: { Bool: { "aws:SecureTransport": "false" } },
                },
              ],
            }),
          },
        },
      ],
      [{ type: "aws:kms/key:Key", props: { description: "default key policy" } }],
      [
        {
          type: "aws:iam/role:Role",
          props: {
            assumeRolePolicy: {
              Version: "2012-10-17",
              Statement: [{ Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" }],
            },
          },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "aws:sqs/queuePolicy:QueuePolicy",
          props: {
            queueUrl: "https://sqs.eu-west-1.amazonaws.com/123456789012/jobs",
            policy: JSON.stringify({
              Version: "2012-10-17",
              Statement: [{ Effect: "Allow", Principal: { AWS: "*" }, Action: "sqs:SendMessage", Resource: "*" }],
            }),
          },
        },
      ],
      [
        {
          type: "aws:iam/role:Role",
          props: {
            assumeRolePolicy: JSON.stringify({
              Version: "2012-10-17",
              Statement: [
                {
                  Effect: "Allow",
                  Principal: { AWS: "*" },
                  Action: "sts:AssumeRole",
                  Condition: { StringEquals: { "sts:ExternalId": "vendor-123" } },
                },
              ],
            }),
          },
        },
      ],
    ],
  },
});
