import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

export const cognitoUserPoolThreatProtection = defineControl({
  id: "aws-cognito-user-pool-threat-protection",
  title: "Cognito user pools enforce threat protection",
  rationale:
    "Threat protection (advanced security) scores every sign-in for compromised credentials and anomalous context and blocks or challenges risky ones; in audit mode it only records them.",
  severity: "medium",
  cloud: "aws",
  service: "cognito",
  resourceTypes: ["aws:cognito/userPool:UserPool"],
  frameworks: {
    "aws-fsbp": ["Cognito.1"],
    "nist-800-53-r5": ["IA-5", "SI-4"],
    soc2: ["CC6.1", "CC7.2"],
    "iso27001-2022": ["A.8.5", "A.8.16"],
    "pci-dss-4.0": ["8.3.4"],
  },
  remediation:
    'Set userPoolTier: "PLUS" and userPoolAddOns: { advancedSecurityMode: "ENFORCED" }, and configure risk responses with an aws.cognito.RiskConfiguration.',
  enforcementLevel: "advisory",
  tags: ["identity", "detection"],
  check: (r) => {
    const mode = r.props.userPoolAddOns?.advancedSecurityMode;
    return mode === "ENFORCED"
      ? pass()
      : fail(
          "userPoolAddOns.advancedSecurityMode",
          `userPoolAddOns.advancedSecurityMode is ${JSON.stringify(mode ?? "OFF (default)")}; set it to "ENFORCED"`,
        );
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:cognito/userPool:UserPool",
          props: { name: "customers", userPoolTier: "PLUS", userPoolAddOns: { advancedSecurityMode: "ENFORCED" } },
        },
      ],
    ],
    nonCompliant: [
      [{ type: "aws:cognito/userPool:UserPool", props: { name: "customers" } }],
      [{ type: "aws:cognito/userPool:UserPool", props: { name: "customers", userPoolAddOns: { advancedSecurityMode: "AUDIT" } } }],
    ],
  },
});
