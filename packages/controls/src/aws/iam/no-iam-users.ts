import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

/** In a multi-account organisation, people sign in through IAM Identity Center and assume roles. */
export const iamNoIamUsers = defineControl({
  id: "aws-iam-no-iam-users",
  title: "IAM users are not created; identities are federated",
  rationale:
    "IAM users carry passwords and access keys managed account by account; federation through IAM Identity Center or an external IdP gives one place to grant, review and revoke access, with short-lived credentials.",
  severity: "low",
  cloud: "aws",
  service: "iam",
  resourceTypes: ["aws:iam/user:User"],
  frameworks: {
    "cis-aws-7.0": ["2.19"],
    "cis-aws-3.0": ["1.21"],
    "nist-800-53-r5": ["AC-2", "AC-2(1)", "IA-2", "IA-5"],
    soc2: ["CC6.2", "CC6.3"],
    "iso27001-2022": ["A.5.16", "A.5.18"],
    "pci-dss-4.0": ["8.2.1", "8.2.6"],
  },
  remediation:
    "Use IAM Identity Center permission sets (people) and roles (workloads); exempt break-glass or vendor-mandated users with a reason.",
  enforcementLevel: "advisory",
  tags: ["identity"],
  configSchema: {
    allowedUserPaths: {
      type: "array",
      items: { type: "string" },
      default: ["/break-glass/"],
      description: "IAM paths under which users are accepted (break-glass users kept for when federation is down).",
    },
  },
  check: (r, ctx) => {
    const allowed = (Array.isArray(ctx.settings.allowedUserPaths) ? ctx.settings.allowedUserPaths : []).filter(
      (p: unknown): p is string => typeof p === "string" && p !== "",
    );
    const path = r.props.path;
    if (typeof path === "string" && allowed.some((p) => path.startsWith(p))) return pass();
    return fail(
      "path",
      `IAM user ${JSON.stringify(r.props.name ?? r.name)} is created (path ${JSON.stringify(path ?? "/")}); use federated access and roles, or keep break-glass users under ${allowed.join(" or ") || "an allowed path"}`,
    );
  },
  preventive: [
    {
      kind: "aws-scp",
      statements: (p) => [
        {
          Sid: "DenyIamUserCreation",
          Effect: "Deny",
          Action: ["iam:CreateUser", "iam:CreateLoginProfile"],
          Resource: "*",
          Condition: { ArnNotLike: { "aws:PrincipalArn": p.protectedRoleNames.map((n) => `arn:aws:iam::*:role/${n}`) } },
        },
      ],
    },
  ],
  examples: {
    compliant: [[{ type: "aws:iam/user:User", props: { name: "breakglass-1", path: "/break-glass/" } }]],
    nonCompliant: [[{ type: "aws:iam/user:User", props: { name: "alice" } }]],
  },
});
