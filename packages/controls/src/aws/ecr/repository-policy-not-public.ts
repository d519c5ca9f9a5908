import { defineControl } from "../../model/control";
import { publicPolicyCheck } from "../../shared/resource-policy";

export const ecrRepositoryPolicyNotPublic = defineControl({
  id: "aws-ecr-repository-policy-not-public",
  title: "ECR repository policies do not allow public access",
  rationale:
    'A repository policy for Principal "*" lets any AWS account pull the images (and the code and secrets baked into them) or, with push actions, replace them.',
  severity: "high",
  cloud: "aws",
  service: "ecr",
  resourceTypes: ["aws:ecr/repositoryPolicy:RepositoryPolicy"],
  frameworks: {
    "cis-aws-7.0": ["2.21"],
    "nist-800-53-r5": ["AC-3", "AC-21", "SC-7"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.5.15", "A.8.4"],
    "pci-dss-4.0": ["7.2.1"],
  },
  remediation:
    'Name the pulling accounts, or keep Principal "*" only with an aws:PrincipalOrgID condition; publish public images to ECR Public instead.',
  enforcementLevel: "mandatory",
  tags: ["containers", "public-exposure"],
  check: publicPolicyCheck(["policy"]),
  examples: {
    compliant: [
      [
        {
          type: "aws:ecr/repositoryPolicy:RepositoryPolicy",
          props: {
            repository: "app",
            policy: JSON.stringify({
              Statement: [
                {
                  Effect: "Allow",
                  Principal: "*",
                  Action: ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"],
                  Condition: { StringEquals: { "aws:PrincipalOrgID": "o-abc123" } },
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
          type: "aws:ecr/repositoryPolicy:RepositoryPolicy",
          props: { repository: "app", policy: JSON.stringify({ Statement: [{ Effect: "Allow", Principal: "*", Action: "ecr:*" }] }) },
        },
      ],
    ],
  },
});
