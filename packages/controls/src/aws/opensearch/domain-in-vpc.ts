import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { listOf } from "../../shared/network";

export const opensearchDomainInVpc = defineControl({
  id: "aws-opensearch-domain-in-vpc",
  title: "OpenSearch domains are deployed in a VPC",
  rationale:
    "A domain outside a VPC has a public endpoint guarded only by its access policy; one overly broad statement exposes every index to the internet.",
  severity: "high",
  cloud: "aws",
  service: "opensearch",
  resourceTypes: ["aws:opensearch/domain:Domain", "aws:elasticsearch/domain:Domain"],
  frameworks: {
    "aws-fsbp": ["OpenSearch.2", "ES.2"],
    "nist-800-53-r5": ["AC-4", "SC-7", "SC-7(3)"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.20", "A.8.22"],
    "pci-dss-4.0": ["1.3.1", "1.4.4"],
    hipaa: ["164.312(e)(1)"],
  },
  remediation:
    "Set vpcOptions: { subnetIds: [...private subnets], securityGroupIds: [...] } (a domain cannot move into a VPC after creation).",
  enforcementLevel: "mandatory",
  tags: ["network", "public-exposure"],
  check: (r) =>
    listOf(r.props.vpcOptions?.subnetIds).length > 0
      ? pass()
      : fail("vpcOptions.subnetIds", "vpcOptions.subnetIds is empty, so the domain has a public endpoint; place it in private subnets"),
  examples: {
    compliant: [[{ type: "aws:opensearch/domain:Domain", props: { vpcOptions: { subnetIds: ["subnet-1"], securityGroupIds: ["sg-1"] } } }]],
    nonCompliant: [
      [{ type: "aws:opensearch/domain:Domain", props: { engineVersion: "OpenSearch_2.13" } }],
      [{ type: "aws:elasticsearch/domain:Domain", props: { elasticsearchVersion: "7.10", vpcOptions: { subnetIds: [] } } }],
    ],
  },
});
