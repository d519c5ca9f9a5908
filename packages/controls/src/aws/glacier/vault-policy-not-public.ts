import { defineControl } from "../../model/control";
import { publicPolicyCheck } from "../../shared/resource-policy";

export const glacierVaultPolicyNotPublic = defineControl({
  id: "aws-glacier-vault-policy-not-public",
  title: "S3 Glacier vault access policies do not allow public access",
  rationale: 'A vault access policy for Principal "*" lets any AWS account retrieve, or delete, archived data.',
  severity: "high",
  cloud: "aws",
  service: "glacier",
  resourceTypes: ["aws:glacier/vault:Vault"],
  frameworks: {
    "cis-aws-7.0": ["2.21"],
    "nist-800-53-r5": ["AC-3", "AC-21"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.5.15", "A.8.13"],
    "pci-dss-4.0": ["7.2.1"],
    hipaa: ["164.312(a)(1)"],
  },
  remediation: "Name the principals in accessPolicy, or add an aws:PrincipalOrgID condition.",
  enforcementLevel: "mandatory",
  tags: ["data-protection", "public-exposure"],
  check: publicPolicyCheck(["accessPolicy"]),
  examples: {
    compliant: [[{ type: "aws:glacier/vault:Vault", props: { name: "archive" } }]],
    nonCompliant: [
      [
        {
          type: "aws:glacier/vault:Vault",
          props: {
            name: "archive",
            accessPolicy: JSON.stringify({
              Statement: [{ Effect: "Allow", Principal: "*", Action: "glacier:InitiateJob", Resource: "*" }],
            }),
          },
        },
      ],
    ],
  },
});
