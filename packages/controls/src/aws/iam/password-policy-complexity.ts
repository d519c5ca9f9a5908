import { defineControl } from "../../model/control";
import { failAll, type Violation } from "../../model/verdict";
import { num } from "../../shared/text";

export const iamPasswordPolicyComplexity = defineControl({
  id: "aws-iam-password-policy-complexity",
  title: "The IAM password policy requires strong passwords",
  rationale:
    "Short, single-class or never-expiring passwords fall to guessing and credential stuffing; FSBP asks for all four character classes, a length of at least 8, reuse prevention and expiry.",
  severity: "medium",
  cloud: "aws",
  service: "iam",
  resourceTypes: ["aws:iam/accountPasswordPolicy:AccountPasswordPolicy"],
  frameworks: {
    "aws-fsbp": ["IAM.10"],
    "nist-800-53-r5": ["IA-5(1)(h)", "IA-5(1)(c)", "IA-5"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.5.17"],
    "pci-dss-4.0": ["8.3.6", "8.3.7", "8.3.9"],
  },
  remediation:
    "Set requireUppercaseCharacters, requireLowercaseCharacters, requireNumbers and requireSymbols to true, minimumPasswordLength \u2265 14, passwordReusePrevention \u2265 24 and maxPasswordAge \u2264 90 (or use identity federation instead of IAM users).",
  enforcementLevel: "advisory",
  tags: ["identity", "credentials"],
  check: (r) => {
    const p = r.props;
    const violations: Violation[] = [];
    for (const flag of ["requireUppercaseCharacters", "requireLowercaseCharacters", "requireNumbers", "requireSymbols"]) {
      if (p[flag] !== true) violations.push({ property: flag, message: `${flag} is not true; require it` });
    }
    if (!(num(p.minimumPasswordLength) >= 8)) {
      violations.push({
        property: "minimumPasswordLength",
        message: `minimumPasswordLength is ${JSON.stringify(p.minimumPasswordLength ?? null)}; require at least 8 (CIS asks 14)`,
      });
    }
    if (!(num(p.passwordReusePrevention) >= 1)) {
      violations.push({ property: "passwordReusePrevention", message: "passwordReusePrevention is not set; prevent reuse (CIS asks 24)" });
    }
    const age = num(p.maxPasswordAge);
    if (!(age >= 1 && age <= 90)) {
      violations.push({
        property: "maxPasswordAge",
        message: `maxPasswordAge is ${JSON.stringify(p.maxPasswordAge ?? null)}; expire passwords within 90 days`,
      });
    }
    return failAll(violations);
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:iam/accountPasswordPolicy:AccountPasswordPolicy",
          props: {
            minimumPasswordLength: 14,
            requireUppercaseCharacters: true,
            requireLowercaseCharacters: true,
            requireNumbers: true,
            requireSymbols: true,
            passwordReusePrevention: 24,
            maxPasswordAge: 90,
          },
        },
      ],
    ],
    nonCompliant: [
      [{ type: "aws:iam/accountPasswordPolicy:AccountPasswordPolicy", props: { minimumPasswordLength: 14 } }],
      [
        {
          type: "aws:iam/accountPasswordPolicy:AccountPasswordPolicy",
          props: {
            minimumPasswordLength: 14,
            requireUppercaseCharacters: true,
            requireLowercaseCharacters: true,
            requireNumbers: true,
            requireSymbols: false,
            passwordReusePrevention: 24,
            maxPasswordAge: 365,
          },
        },
      ],
    ],
  },
});
