import { defineControl } from "../../model/control";
import { failAll, type Violation } from "../../model/verdict";
import {
  attachedPolicyArns,
  EXCLUSIVE_ATTACHMENT_TYPES,
  IDENTITY_POLICY_TYPES,
  identityPolicyDocuments,
  isAwsManagedPolicy,
  POLICY_ATTACHMENT_TYPES,
} from "../../shared/aws-iam";
import { coversAllResources, describeStatement, isAllow } from "../../shared/iam-policy";

/**
 * CIS "no full *:* administrative privileges": an Allow of Action "*" on Resource "*" in an identity
 * policy, and attachments of the AWS-managed AdministratorAccess policy. Conditions (e.g. MFA) do not
 * make such a grant less than administrative, so they are not taken into account.
 */
export const iamPolicyNoFullAdmin = defineControl({
  id: "aws-iam-policy-no-full-admin",
  title: 'IAM policies do not grant full "*:*" administrative privileges',
  rationale:
    "A principal allowed every action on every resource can disable logging, create backdoor users and exfiltrate any data; one leaked credential for it compromises the account.",
  severity: "critical",
  cloud: "aws",
  service: "iam",
  resourceTypes: [...IDENTITY_POLICY_TYPES, ...POLICY_ATTACHMENT_TYPES, ...EXCLUSIVE_ATTACHMENT_TYPES],
  frameworks: {
    "cis-aws-7.0": ["2.14"],
    "cis-aws-3.0": ["1.16"],
    "aws-fsbp": ["IAM.1"],
    "nist-800-53-r5": ["AC-6", "AC-6(2)", "AC-6(10)", "AC-2"],
    soc2: ["CC6.1", "CC6.3"],
    "iso27001-2022": ["A.8.2", "A.5.15", "A.5.18"],
    "pci-dss-4.0": ["7.2.1", "7.2.2"],
    hipaa: ["164.308(a)(4)(ii)(B)", "164.312(a)(1)"],
  },
  remediation:
    'Replace Action "*" / Resource "*" with the actions and resources the principal needs (IAM Access Analyzer can generate them from CloudTrail), and keep administrative access on a few break-glass roles, exempted with a reason.',
  enforcementLevel: "mandatory",
  tags: ["identity", "least-privilege"],
  check: (r) => {
    const violations: Violation[] = [];
    for (const { property, policy } of identityPolicyDocuments(r.type, r.props)) {
      for (const s of policy.statements) {
        if (!isAllow(s) || !coversAllResources(s)) continue;
        if (!(s.actions ?? []).some((a) => a.trim() === "*" || a.trim() === "*:*")) continue;
        violations.push({
          property: `${property}.Statement[${s.index}]`,
          message: `${property} ${describeStatement(s)} allows Action "*" on Resource "*"; list the actions and resources the principal needs`,
        });
      }
    }
    for (const { property, arn } of attachedPolicyArns(r.type, r.props)) {
      if (isAwsManagedPolicy(arn, "AdministratorAccess")) {
        violations.push({ property, message: `${property} attaches ${arn}; attach a least-privilege policy instead` });
      }
    }
    return failAll(violations);
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:iam/policy:Policy",
          props: {
            policy: JSON.stringify({
              Version: "2012-10-17",
              Statement: [{ Effect: "Allow", Action: ["s3:GetObject", "s3:PutObject"], Resource: "arn:aws:s3:::data/*" }],
            }),
          },
        },
      ],
      [
        {
          type: "aws:iam/role:Role",
          props: {
            assumeRolePolicy: JSON.stringify({
              Statement: [{ Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" }],
            }),
            managedPolicyArns: ["arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"],
            inlinePolicies: [
              { name: "read", policy: JSON.stringify({ Statement: { Effect: "Allow", Action: "dynamodb:GetItem", Resource: "*" } }) },
            ],
          },
        },
      ],
      [
        {
          type: "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
          props: { role: "app", policyArn: "arn:aws:iam::aws:policy/ReadOnlyAccess" },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "aws:iam/policy:Policy",
          props: { policy: { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }] } },
        },
      ],
      [
        {
          type: "aws:iam/rolePolicy:RolePolicy",
          props: { role: "ops", policy: JSON.stringify({ Statement: { Effect: "Allow", Action: ["*:*"], Resource: ["*"] } }) },
        },
      ],
      [
        {
          type: "aws:iam/userPolicyAttachment:UserPolicyAttachment",
          props: { user: "alice", policyArn: "arn:aws:iam::aws:policy/AdministratorAccess" },
        },
      ],
    ],
  },
});
