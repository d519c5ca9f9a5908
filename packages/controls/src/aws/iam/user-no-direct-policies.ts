import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { listOf } from "../../shared/network";

/**
 * Permissions granted to a user directly (an inline UserPolicy, a UserPolicyAttachment, a PolicyAttachment
 * listing users) instead of through a group or a role.
 */
export const iamUserNoDirectPolicies = defineControl({
  id: "aws-iam-user-no-direct-policies",
  title: "IAM users receive permissions only through groups",
  rationale:
    "Policies attached to individual users drift apart, outlive the job they were granted for and are missed in access reviews; groups (or better, roles) keep permissions reviewable.",
  severity: "low",
  cloud: "aws",
  service: "iam",
  resourceTypes: [
    "aws:iam/userPolicy:UserPolicy",
    "aws:iam/userPolicyAttachment:UserPolicyAttachment",
    "aws:iam/policyAttachment:PolicyAttachment",
  ],
  frameworks: {
    "cis-aws-7.0": ["2.13"],
    "cis-aws-3.0": ["1.15"],
    "aws-fsbp": ["IAM.2"],
    "nist-800-53-r5": ["AC-2", "AC-3(7)", "AC-6"],
    soc2: ["CC6.2", "CC6.3"],
    "iso27001-2022": ["A.5.15", "A.5.18"],
    "pci-dss-4.0": ["7.2.1", "7.2.4"],
    hipaa: ["164.308(a)(4)(ii)(B)"],
  },
  remediation:
    "Attach the policy to an aws.iam.Group (aws.iam.GroupPolicyAttachment) and add the user to the group, or move the workload to a role.",
  enforcementLevel: "advisory",
  tags: ["identity", "least-privilege"],
  check: (r) => {
    if (r.type === "aws:iam/policyAttachment:PolicyAttachment") {
      const users = listOf(r.props.users);
      return users.length > 0
        ? fail(
            "users",
            `the attachment grants ${JSON.stringify(r.props.policyArn)} directly to ${users.length} user(s); attach it to groups instead`,
          )
        : pass();
    }
    if (r.type === "aws:iam/userPolicy:UserPolicy") {
      return fail(
        "user",
        `inline policy on user ${JSON.stringify(r.props.user)}; move it to a group policy and add the user to that group`,
      );
    }
    return fail(
      "user",
      `${JSON.stringify(r.props.policyArn)} is attached directly to user ${JSON.stringify(r.props.user)}; attach it to a group instead`,
    );
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:iam/policyAttachment:PolicyAttachment",
          props: { policyArn: "arn:aws:iam::aws:policy/ReadOnlyAccess", groups: ["auditors"], roles: ["audit"] },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "aws:iam/userPolicy:UserPolicy",
          props: { user: "alice", policy: JSON.stringify({ Statement: [{ Effect: "Allow", Action: "s3:ListBucket", Resource: "*" }] }) },
        },
      ],
      [
        {
          type: "aws:iam/userPolicyAttachment:UserPolicyAttachment",
          props: { user: "bob", policyArn: "arn:aws:iam::aws:policy/ReadOnlyAccess" },
        },
      ],
      [
        {
          type: "aws:iam/policyAttachment:PolicyAttachment",
          props: { policyArn: "arn:aws:iam::aws:policy/ReadOnlyAccess", users: ["carol"] },
        },
      ],
    ],
  },
});
