import { defineControl } from "../../model/control";
import { failAll } from "../../model/verdict";
import { attachedPolicyArns, isAwsManagedPolicy, POLICY_ATTACHMENT_TYPES } from "../../shared/aws-iam";

/** AWSCloudShellFullAccess allows file upload/download through CloudShell: a data-exfiltration path. */
export const iamNoCloudShellFullAccess = defineControl({
  id: "aws-iam-no-cloudshell-full-access",
  title: "AWSCloudShellFullAccess is not attached",
  rationale:
    "The managed policy grants cloudshell:* including file transfer to and from the shell environment, which bypasses data-loss controls; grant only the CloudShell actions needed.",
  severity: "low",
  cloud: "aws",
  service: "iam",
  resourceTypes: [...POLICY_ATTACHMENT_TYPES, "aws:iam/role:Role"],
  frameworks: {
    "cis-aws-7.0": ["2.20"],
    "cis-aws-3.0": ["1.22"],
    "nist-800-53-r5": ["AC-6", "AC-4"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.8.12", "A.8.2"],
    "pci-dss-4.0": ["7.2.2"],
  },
  remediation:
    "Detach arn:aws:iam::aws:policy/AWSCloudShellFullAccess; grant a custom policy without cloudshell:GetFileDownloadUrls and cloudshell:GetFileUploadUrls where CloudShell is needed.",
  enforcementLevel: "advisory",
  tags: ["identity", "data-protection"],
  check: (r) =>
    failAll(
      attachedPolicyArns(r.type, r.props)
        .filter(({ arn }) => isAwsManagedPolicy(arn, "AWSCloudShellFullAccess"))
        .map(({ property, arn }) => ({ property, message: `${property} attaches ${arn}; attach a narrower CloudShell policy instead` })),
    ),
  examples: {
    compliant: [
      [
        {
          type: "aws:iam/groupPolicyAttachment:GroupPolicyAttachment",
          props: { group: "devs", policyArn: "arn:aws:iam::aws:policy/ReadOnlyAccess" },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
          props: { role: "dev", policyArn: "arn:aws:iam::aws:policy/AWSCloudShellFullAccess" },
        },
      ],
      [
        {
          type: "aws:iam/role:Role",
          props: { assumeRolePolicy: "{}", managedPolicyArns: ["arn:aws:iam::aws:policy/AWSCloudShellFullAccess"] },
        },
      ],
    ],
  },
});
