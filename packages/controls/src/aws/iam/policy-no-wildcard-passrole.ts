import { defineControl } from "../../model/control";
import { failAll, type Violation } from "../../model/verdict";
import { IDENTITY_POLICY_TYPES, identityPolicyDocuments } from "../../shared/aws-iam";
import { describeStatement, explainPattern, grantingPattern, hasUnscopedResource } from "../../shared/iam-policy";

/**
 * iam:PassRole on every role lets a principal hand the most privileged role in the account to a service
 * it controls (an EC2 instance, a Lambda function, a CloudFormation stack) and act as that role. A
 * condition on iam:PassedToService alone narrows the service, not the role, so it does not count.
 */
export const iamPolicyNoWildcardPassRole = defineControl({
  id: "aws-iam-policy-no-wildcard-passrole",
  title: "IAM policies do not allow iam:PassRole on all roles",
  rationale: "Passing any role to a compute service is a privilege-escalation path to the most privileged role in the account.",
  severity: "high",
  cloud: "aws",
  service: "iam",
  resourceTypes: IDENTITY_POLICY_TYPES,
  frameworks: {
    "nist-800-53-r5": ["AC-6", "AC-6(10)", "AC-3"],
    soc2: ["CC6.1", "CC6.3"],
    "iso27001-2022": ["A.8.2", "A.5.15"],
    "pci-dss-4.0": ["7.2.1", "7.2.2"],
  },
  remediation:
    'Scope iam:PassRole to the ARNs of the roles the principal must pass (e.g. "arn:aws:iam::123456789012:role/app-*"), or condition it on iam:AssociatedResourceArn / aws:ResourceTag.',
  enforcementLevel: "mandatory",
  tags: ["identity", "least-privilege", "privilege-escalation"],
  check: (r) => {
    const violations: Violation[] = [];
    for (const { property, policy } of identityPolicyDocuments(r.type, r.props)) {
      for (const s of policy.statements) {
        const pattern = grantingPattern(s, "iam:PassRole");
        if (!pattern || !hasUnscopedResource(s)) continue;
        if (s.conditions.some((c) => c.key.trim().toLowerCase() !== "iam:passedtoservice")) continue;
        violations.push({
          property: `${property}.Statement[${s.index}]`,
          message: `${property} ${describeStatement(s)} allows iam:PassRole (through ${explainPattern(pattern)}) on ${JSON.stringify(s.resources ?? "NotResource")}; scope Resource to the roles that may be passed`,
        });
      }
    }
    return failAll(violations);
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:iam/rolePolicy:RolePolicy",
          props: {
            role: "deployer",
            policy: JSON.stringify({
              Statement: [
                { Effect: "Allow", Action: "iam:PassRole", Resource: "arn:aws:iam::111122223333:role/app-runtime" },
                { Effect: "Allow", Action: ["lambda:CreateFunction", "lambda:UpdateFunctionCode"], Resource: "*" },
              ],
            }),
          },
        },
      ],
      [
        {
          type: "aws:iam/policy:Policy",
          props: {
            policy: JSON.stringify({
              Statement: [
                {
                  Effect: "Allow",
                  Action: "iam:PassRole",
                  Resource: "*",
                  Condition: { StringEquals: { "aws:ResourceTag/passable": "true" } },
                },
              ],
            }),
          },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "aws:iam/policy:Policy",
          props: { policy: JSON.stringify({ Statement: [{ Effect: "Allow", Action: "iam:Pass*", Resource: "*" }] }) },
        },
      ],
      [
        {
          type: "aws:iam/userPolicy:UserPolicy",
          props: {
            user: "ci",
            policy: JSON.stringify({
              Statement: {
                Effect: "Allow",
                Action: ["iam:*"],
                Resource: "arn:aws:iam::111122223333:role/*",
                Condition: { StringEquals: { "iam:PassedToService": "ec2.amazonaws.com" } },
              },
            }),
          },
        },
      ],
    ],
  },
});
