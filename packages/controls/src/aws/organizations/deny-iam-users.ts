import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

const USER = "aws:iam/user:User";
const ACCESS_KEY = "aws:iam/accessKey:AccessKey";
const LOGIN_PROFILE = "aws:iam/userLoginProfile:UserLoginProfile";

/**
 * People sign in through IAM Identity Center and workloads use roles, so member accounts need no IAM
 * users and no long-lived keys. An inactive key is tolerated: deactivating is the step before deleting.
 * This is the one control for IAM users, console passwords and access keys (check and SCP together):
 * extend it here rather than adding a second control on the same resources.
 */
export const denyIamUsers = defineControl({
  id: "aws-organizations-deny-iam-users",
  title: "No IAM users, console passwords or active access keys in member accounts",
  rationale:
    "Long-lived access keys leak through code, laptops and CI logs and never expire; identities managed centrally through Identity Center and roles get short-lived credentials and are revoked in one place.",
  severity: "high",
  cloud: "aws",
  service: "organizations",
  resourceTypes: [USER, ACCESS_KEY, LOGIN_PROFILE],
  frameworks: {
    "cis-aws-7.0": ["2.19", "2.12"],
    "cis-aws-3.0": ["1.21", "1.14"],
    "aws-fsbp": ["IAM.3", "IAM.8"],
    "nist-800-53-r5": ["AC-2", "IA-2", "IA-5"],
    soc2: ["CC6.1", "CC6.2"],
    "iso27001-2022": ["A.5.16", "A.5.17", "A.5.18"],
    "pci-dss-4.0": ["8.2.2", "8.6.3"],
    hipaa: ["164.312(d)", "164.308(a)(4)(ii)(B)"],
  },
  remediation:
    "Replace IAM users with Identity Center users (people) or IAM roles (workloads, with OIDC or IAM Roles Anywhere outside AWS); deactivate, then delete, existing access keys.",
  enforcementLevel: "mandatory",
  tags: ["identity", "credentials", "guardrail"],
  check: (r) => {
    if (r.type === ACCESS_KEY) {
      return r.props.status === "Inactive"
        ? pass()
        : fail("status", `access key ${r.name} is active; use a role instead, or set status "Inactive" before deleting it`);
    }
    if (r.type === LOGIN_PROFILE) return fail("user", "a console password for an IAM user; sign in through IAM Identity Center instead");
    return fail("name", "an IAM user; use IAM Identity Center for people and IAM roles for workloads");
  },
  preventive: [
    {
      kind: "aws-scp",
      statements: () => [
        {
          Sid: "DenyIamUsersAndAccessKeys",
          Effect: "Deny",
          Action: ["iam:CreateUser", "iam:CreateAccessKey", "iam:CreateLoginProfile"],
          Resource: "*",
        },
      ],
    },
  ],
  examples: {
    compliant: [[{ type: ACCESS_KEY, props: { user: "legacy-ci", status: "Inactive" } }]],
    nonCompliant: [
      [{ type: USER, props: { name: "deploy-bot" } }],
      [{ type: ACCESS_KEY, props: { user: "deploy-bot" } }],
      [{ type: LOGIN_PROFILE, props: { user: "alice" } }],
    ],
  },
});
