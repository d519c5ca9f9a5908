import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

const MIN_LENGTH = 14;

export const iamPasswordPolicyLength = defineControl({
  id: "aws-iam-password-policy-length",
  title: "The IAM password policy requires at least 14 characters",
  rationale: "Short IAM user passwords fall to guessing and credential-stuffing; length is the property that matters most.",
  severity: "medium",
  cloud: "aws",
  service: "iam",
  resourceTypes: ["aws:iam/accountPasswordPolicy:AccountPasswordPolicy"],
  frameworks: {
    "cis-aws-7.0": ["2.8"],
    "cis-aws-3.0": ["1.8"],
    "aws-fsbp": ["IAM.7"],
    "nist-800-53-r5": ["IA-5", "IA-5(1)(h)"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.5.17"],
    "pci-dss-4.0": ["8.3.6"],
    hipaa: ["164.308(a)(5)(ii)(D)"],
  },
  remediation: `Set minimumPasswordLength to ${MIN_LENGTH} or more.`,
  enforcementLevel: "mandatory",
  tags: ["identity", "passwords"],
  check: (r) => {
    const n = r.props.minimumPasswordLength;
    return typeof n === "number" && n >= MIN_LENGTH
      ? pass()
      : fail(
          "minimumPasswordLength",
          `minimumPasswordLength is ${JSON.stringify(n ?? "not set (AWS default 8)")}; set it to at least ${MIN_LENGTH}`,
        );
  },
  remediate: (r) => {
    const n = r.props.minimumPasswordLength;
    return typeof n === "number" && n >= MIN_LENGTH ? undefined : { ...r.props, minimumPasswordLength: MIN_LENGTH };
  },
  examples: {
    compliant: [
      [{ type: "aws:iam/accountPasswordPolicy:AccountPasswordPolicy", props: { minimumPasswordLength: 16, passwordReusePrevention: 24 } }],
    ],
    nonCompliant: [
      [{ type: "aws:iam/accountPasswordPolicy:AccountPasswordPolicy", props: { minimumPasswordLength: 8 } }],
      [{ type: "aws:iam/accountPasswordPolicy:AccountPasswordPolicy", props: { requireSymbols: true } }],
    ],
  },
});
