import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

const REMEMBERED = 24;

export const iamPasswordPolicyReuse = defineControl({
  id: "aws-iam-password-policy-reuse",
  title: "The IAM password policy prevents reuse of the last 24 passwords",
  rationale: "Without reuse prevention a forced rotation can be undone by setting the old, possibly leaked, password again.",
  severity: "low",
  cloud: "aws",
  service: "iam",
  resourceTypes: ["aws:iam/accountPasswordPolicy:AccountPasswordPolicy"],
  frameworks: {
    "cis-aws-7.0": ["2.9"],
    "cis-aws-3.0": ["1.9"],
    "aws-fsbp": ["IAM.7"],
    "nist-800-53-r5": ["IA-5", "IA-5(1)(f)"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.5.17"],
    "pci-dss-4.0": ["8.3.7"],
    hipaa: ["164.308(a)(5)(ii)(D)"],
  },
  remediation: `Set passwordReusePrevention to ${REMEMBERED}.`,
  enforcementLevel: "mandatory",
  tags: ["identity", "passwords"],
  check: (r) => {
    const n = r.props.passwordReusePrevention;
    return typeof n === "number" && n >= REMEMBERED
      ? pass()
      : fail("passwordReusePrevention", `passwordReusePrevention is ${JSON.stringify(n ?? "not set")}; set it to ${REMEMBERED}`);
  },
  remediate: (r) => {
    const n = r.props.passwordReusePrevention;
    return typeof n === "number" && n >= REMEMBERED ? undefined : { ...r.props, passwordReusePrevention: REMEMBERED };
  },
  examples: {
    compliant: [
      [{ type: "aws:iam/accountPasswordPolicy:AccountPasswordPolicy", props: { minimumPasswordLength: 16, passwordReusePrevention: 24 } }],
    ],
    nonCompliant: [
      [{ type: "aws:iam/accountPasswordPolicy:AccountPasswordPolicy", props: { minimumPasswordLength: 16, passwordReusePrevention: 5 } }],
    ],
  },
});
