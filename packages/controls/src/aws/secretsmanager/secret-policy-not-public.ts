import { defineControl } from "../../model/control";
import { publicPolicyCheck } from "../../shared/resource-policy";

export const secretsmanagerSecretPolicyNotPublic = defineControl({
  id: "aws-secretsmanager-secret-policy-not-public",
  title: "Secrets Manager resource policies do not allow public access",
  rationale: 'A secret policy for Principal "*" without a condition lets any AWS account read the secret value.',
  severity: "critical",
  cloud: "aws",
  service: "secretsmanager",
  resourceTypes: ["aws:secretsmanager/secret:Secret", "aws:secretsmanager/secretPolicy:SecretPolicy"],
  frameworks: {
    "cis-aws-7.0": ["2.21"],
    "nist-800-53-r5": ["AC-3", "AC-21", "IA-5"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.5.15", "A.5.17"],
    "pci-dss-4.0": ["7.2.1", "8.3.2"],
    hipaa: ["164.312(a)(1)"],
  },
  remediation: "Name the principals that read the secret, and keep blockPublicPolicy: true on aws.secretsmanager.SecretPolicy.",
  enforcementLevel: "mandatory",
  tags: ["secrets", "public-exposure"],
  check: publicPolicyCheck(["policy"]),
  examples: {
    compliant: [
      [
        {
          type: "aws:secretsmanager/secretPolicy:SecretPolicy",
          props: {
            secretArn: "arn:aws:secretsmanager:eu-west-1:111122223333:secret:db",
            blockPublicPolicy: true,
            policy: JSON.stringify({
              Statement: [
                {
                  Effect: "Allow",
                  Principal: { AWS: "arn:aws:iam::111122223333:role/app" },
                  Action: "secretsmanager:GetSecretValue",
                  Resource: "*",
                },
              ],
            }),
          },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "aws:secretsmanager/secret:Secret",
          props: {
            policy: JSON.stringify({
              Statement: [{ Effect: "Allow", Principal: "*", Action: "secretsmanager:GetSecretValue", Resource: "*" }],
            }),
          },
        },
      ],
    ],
  },
});
