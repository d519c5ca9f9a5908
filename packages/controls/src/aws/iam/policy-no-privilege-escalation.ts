import { defineControl } from "../../model/control";
import { failAll, type Violation } from "../../model/verdict";
import { IDENTITY_POLICY_TYPES, identityPolicyDocuments } from "../../shared/aws-iam";
import { coversAllResources, explainPattern, isAllow, unconditionalGrant } from "../../shared/iam-policy";
import { ESCALATION_METHODS } from "../../shared/iam-privilege-escalation";

/**
 * A policy document that on its own grants every action of a known escalation method (see
 * shared/iam-privilege-escalation.ts, after Rhino Security Labs) on all resources, without a condition.
 * Resource-scoped grants (e.g. iam:CreateAccessKey on `user/${aws:username}`) and conditioned ones are
 * not counted; an unconditional Deny removes a grant. Documents granting "*" are left to
 * aws-iam-policy-no-full-admin.
 */
export const iamPolicyNoPrivilegeEscalation = defineControl({
  id: "aws-iam-policy-no-privilege-escalation",
  title: "IAM policies do not grant known privilege-escalation paths",
  rationale:
    "Permissions such as iam:PutRolePolicy, iam:CreatePolicyVersion or iam:PassRole with lambda:CreateFunction on all resources let a principal grant itself administrator rights; a compromise of that principal is a compromise of the account.",
  severity: "high",
  cloud: "aws",
  service: "iam",
  resourceTypes: IDENTITY_POLICY_TYPES,
  frameworks: {
    "nist-800-53-r5": ["AC-6", "AC-6(10)", "AC-3", "AC-5(b)"],
    soc2: ["CC6.1", "CC6.3"],
    "iso27001-2022": ["A.8.2", "A.5.15", "A.5.3"],
    "pci-dss-4.0": ["7.2.1", "7.2.2"],
  },
  remediation:
    "Scope the listed IAM, Lambda, Glue, CloudFormation and Data Pipeline actions to specific resources (or to the caller's own user through the aws:username policy variable), add a permissions boundary, or move them to a separate administrative role.",
  enforcementLevel: "advisory",
  tags: ["identity", "least-privilege", "privilege-escalation"],
  check: (r) => {
    const violations: Violation[] = [];
    for (const { property, policy } of identityPolicyDocuments(r.type, r.props)) {
      const fullAdmin = policy.statements.some(
        (s) => isAllow(s) && s.conditions.length === 0 && coversAllResources(s) && (s.actions ?? []).some((a) => a.trim() === "*"),
      );
      if (fullAdmin) continue;
      for (const method of ESCALATION_METHODS) {
        const grants = method.actions.map((action) => ({ action, grant: unconditionalGrant(policy, action) }));
        if (grants.some((g) => !g.grant)) continue;
        const how = grants
          .map((g) => `${g.action} (statement ${g.grant?.statement.index}: ${explainPattern(g.grant?.pattern ?? "")})`)
          .join(", ");
        violations.push({
          property,
          message: `${property} grants ${how} on all resources, enough to ${method.name} (privilege escalation method ${method.rhino}, Rhino Security Labs); scope these actions to specific resources`,
        });
      }
    }
    return failAll(violations);
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:iam/userPolicy:UserPolicy",
          props: {
            user: "alice",
            policy: JSON.stringify({
              Version: "2012-10-17",
              Statement: [
                {
                  Effect: "Allow",
                  Action: ["iam:CreateAccessKey", "iam:UpdateLoginProfile"],
                  // biome-ignore lint/suspicious/noTemplateCurlyInString: an IAM policy variable, not a template
                  Resource: "arn:aws:iam::*:user/${aws:username}",
                },
                { Effect: "Allow", Action: ["iam:Get*", "iam:List*"], Resource: "*" },
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
                { Effect: "Allow", Action: "lambda:*", Resource: "arn:aws:lambda:eu-west-1:111122223333:function:app-*" },
                { Effect: "Allow", Action: "iam:PassRole", Resource: "arn:aws:iam::111122223333:role/fn-runtime" },
              ],
            }),
          },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "aws:iam/rolePolicy:RolePolicy",
          props: { role: "ci", policy: JSON.stringify({ Statement: [{ Effect: "Allow", Action: "iam:Put*", Resource: "*" }] }) },
        },
      ],
      [
        {
          type: "aws:iam/role:Role",
          props: {
            assumeRolePolicy: JSON.stringify({
              Statement: [{ Effect: "Allow", Principal: { Service: "codebuild.amazonaws.com" }, Action: "sts:AssumeRole" }],
            }),
            inlinePolicies: [
              {
                name: "deploy",
                policy: JSON.stringify({
                  Statement: [
                    { Effect: "Allow", Action: ["iam:PassRole", "lambda:CreateFunction", "lambda:InvokeFunction"], Resource: "*" },
                    { Effect: "Allow", NotAction: ["iam:*", "lambda:*"], Resource: "*" },
                  ],
                }),
              },
            ],
          },
        },
      ],
    ],
  },
});
