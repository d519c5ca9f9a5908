import { defineControl } from "../../model/control";
import { failAll, type Violation } from "../../model/verdict";
import { identityPolicyDocuments } from "../../shared/aws-iam";
import { serviceWildcards } from "../../shared/aws-managed-policy-tiers";

/**
 * FSBP IAM.21: customer-managed policies should not allow `<service>:*` on all resources. The same rule
 * puts AWS-managed policies in the service-full-access tier (aws-iam-no-high-risk-managed-policies);
 * conditioned statements are not counted, a full "*" grant is left to aws-iam-policy-no-full-admin.
 */
export const iamPolicyNoServiceWildcards = defineControl({
  id: "aws-iam-policy-no-service-wildcards",
  title: 'Customer-managed IAM policies do not allow every action of a service ("s3:*") on all resources',
  rationale:
    "A service wildcard grants actions nobody reviewed, including ones added later (deletes, policy changes, data exports); listing actions keeps a leaked credential's reach to what the workload does.",
  severity: "medium",
  cloud: "aws",
  service: "iam",
  resourceTypes: ["aws:iam/policy:Policy"],
  frameworks: {
    "aws-fsbp": ["IAM.21"],
    "nist-800-53-r5": ["AC-6", "AC-3", "AC-2"],
    soc2: ["CC6.3"],
    "iso27001-2022": ["A.8.2", "A.5.15"],
    "pci-dss-4.0": ["7.2.1", "7.2.2"],
  },
  remediation: 'Replace "<service>:*" with the actions the principal uses, or scope the statement to specific resource ARNs.',
  enforcementLevel: "advisory",
  tags: ["identity", "least-privilege"],
  check: (r) => {
    const violations: Violation[] = [];
    for (const { property, policy } of identityPolicyDocuments(r.type, r.props)) {
      const wildcards = serviceWildcards(policy);
      if (wildcards.length > 0) {
        violations.push({ property, message: `${property} allows ${wildcards.join(", ")} on "*"; list the actions the principal uses` });
      }
    }
    return failAll(violations);
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:iam/policy:Policy",
          props: {
            policy: JSON.stringify({
              Version: "2012-10-17",
              Statement: [
                { Effect: "Allow", Action: ["s3:GetObject", "s3:PutObject"], Resource: "*" },
                { Effect: "Allow", Action: "dynamodb:*", Resource: "arn:aws:dynamodb:eu-west-1:123456789012:table/orders" },
              ],
            }),
          },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "aws:iam/policy:Policy",
          props: { policy: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:*", Resource: "*" }] }) },
        },
      ],
      [
        {
          type: "aws:iam/policy:Policy",
          props: { policy: { Statement: { Effect: "Allow", Action: ["sqs:*", "sns:Publish"], Resource: ["*"] } } },
        },
      ],
    ],
  },
});
