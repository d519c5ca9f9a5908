import { defineControl } from "../../model/control";
import { publicPolicyCheck } from "../../shared/resource-policy";

export const opensearchAccessPolicyNotPublic = defineControl({
  id: "aws-opensearch-access-policy-not-public",
  title: "OpenSearch domain access policies do not allow public access",
  rationale:
    'An access policy allowing Principal "*" with no source condition lets anyone who reaches the endpoint read and write indices without signing requests.',
  severity: "critical",
  cloud: "aws",
  service: "opensearch",
  resourceTypes: [
    "aws:opensearch/domain:Domain",
    "aws:opensearch/domainPolicy:DomainPolicy",
    "aws:elasticsearch/domain:Domain",
    "aws:elasticsearch/domainPolicy:DomainPolicy",
  ],
  frameworks: {
    "cis-aws-7.0": ["2.21"],
    "aws-fsbp": ["OpenSearch.2", "ES.2"],
    "nist-800-53-r5": ["AC-3", "AC-4", "AC-21", "SC-7"],
    soc2: ["CC6.1", "CC6.6"],
    "iso27001-2022": ["A.5.15", "A.8.3"],
    "pci-dss-4.0": ["7.2.1"],
    hipaa: ["164.312(a)(1)"],
  },
  remediation:
    "Grant es:ESHttp* to named IAM roles, or add an aws:SourceIp / aws:SourceVpce condition; enable fine-grained access control for user-level permissions.",
  enforcementLevel: "mandatory",
  tags: ["access-control", "public-exposure"],
  check: publicPolicyCheck(["accessPolicies"]),
  examples: {
    compliant: [
      [
        {
          type: "aws:opensearch/domainPolicy:DomainPolicy",
          props: {
            domainName: "logs",
            accessPolicies: JSON.stringify({
              Statement: [
                { Effect: "Allow", Principal: { AWS: "arn:aws:iam::111122223333:role/search" }, Action: "es:ESHttp*", Resource: "*" },
              ],
            }),
          },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "aws:elasticsearch/domainPolicy:DomainPolicy",
          props: {
            domainName: "legacy",
            accessPolicies: JSON.stringify({ Statement: { Effect: "Allow", Principal: "*", Action: "es:ESHttpGet" } }),
          },
        },
      ],
      [
        {
          type: "aws:opensearch/domain:Domain",
          props: {
            accessPolicies: JSON.stringify({
              Version: "2012-10-17",
              Statement: [
                { Effect: "Allow", Principal: { AWS: "*" }, Action: "es:*", Resource: "arn:aws:es:eu-west-1:111122223333:domain/logs/*" },
              ],
            }),
          },
        },
      ],
    ],
  },
});
