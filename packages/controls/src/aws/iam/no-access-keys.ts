import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

/**
 * Long-lived access keys are the credential most often leaked (repositories, laptops, CI logs). Workloads
 * use roles, people use IAM Identity Center; a key created by a stack also ends up in its state.
 */
export const iamNoAccessKeys = defineControl({
  id: "aws-iam-no-access-keys",
  title: "IAM user access keys are not created",
  rationale:
    "An access key never expires on its own and works from anywhere; roles and federated sign-in issue short-lived credentials instead, and a key created by Pulumi is also stored (encrypted) in the stack's state.",
  severity: "medium",
  cloud: "aws",
  service: "iam",
  resourceTypes: ["aws:iam/accessKey:AccessKey"],
  frameworks: {
    "cis-aws-7.0": ["2.19"],
    "cis-aws-3.0": ["1.21"],
    "nist-800-53-r5": ["IA-5", "IA-2", "AC-2"],
    soc2: ["CC6.1", "CC6.2"],
    "iso27001-2022": ["A.5.17", "A.8.5"],
    "pci-dss-4.0": ["8.3.2", "8.6.3"],
    hipaa: ["164.312(d)"],
  },
  remediation:
    "Give workloads an IAM role (instance profile, IRSA, OIDC federation for CI) and people IAM Identity Center; where a key is unavoidable, exempt it with a reason and an expiry date and rotate it within 90 days.",
  enforcementLevel: "advisory",
  tags: ["credentials", "identity"],
  check: (r) =>
    r.props.status === "Inactive"
      ? pass()
      : fail("user", `an access key is created for user ${JSON.stringify(r.props.user)}; use a role or federation instead`),
  preventive: [
    {
      kind: "aws-scp",
      statements: (p) => [
        {
          Sid: "DenyAccessKeyCreation",
          Effect: "Deny",
          Action: "iam:CreateAccessKey",
          Resource: "*",
          Condition: { ArnNotLike: { "aws:PrincipalArn": p.protectedRoleNames.map((n) => `arn:aws:iam::*:role/${n}`) } },
        },
      ],
    },
  ],
  examples: {
    compliant: [[{ type: "aws:iam/accessKey:AccessKey", props: { user: "legacy-batch", status: "Inactive" } }]],
    nonCompliant: [[{ type: "aws:iam/accessKey:AccessKey", props: { user: "ci" } }]],
  },
});
