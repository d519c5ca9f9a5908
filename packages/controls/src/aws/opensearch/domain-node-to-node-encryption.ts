import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

export const opensearchNodeToNodeEncryption = defineControl({
  id: "aws-opensearch-node-to-node-encryption",
  title: "OpenSearch domains encrypt traffic between nodes",
  rationale: "Without node-to-node encryption, documents and queries travel between the domain's nodes in clear inside the VPC.",
  severity: "medium",
  cloud: "aws",
  service: "opensearch",
  resourceTypes: ["aws:opensearch/domain:Domain", "aws:elasticsearch/domain:Domain"],
  frameworks: {
    "aws-fsbp": ["OpenSearch.3", "ES.3"],
    "nist-800-53-r5": ["SC-8", "SC-8(1)", "SC-13"],
    soc2: ["CC6.7"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["4.2.1"],
    hipaa: ["164.312(e)(2)(ii)"],
  },
  remediation: "Set nodeToNodeEncryption: { enabled: true }.",
  enforcementLevel: "mandatory",
  tags: ["encryption-in-transit"],
  check: (r) =>
    r.props.nodeToNodeEncryption?.enabled === true
      ? pass()
      : fail(
          "nodeToNodeEncryption.enabled",
          `nodeToNodeEncryption.enabled is ${JSON.stringify(r.props.nodeToNodeEncryption?.enabled ?? false)}; set it to true`,
        ),
  examples: {
    compliant: [[{ type: "aws:opensearch/domain:Domain", props: { nodeToNodeEncryption: { enabled: true } } }]],
    nonCompliant: [[{ type: "aws:elasticsearch/domain:Domain", props: { elasticsearchVersion: "7.10" } }]],
  },
});
