import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

export const opensearchEncryptionAtRest = defineControl({
  id: "aws-opensearch-encryption-at-rest",
  title: "OpenSearch domains encrypt data at rest",
  rationale: "Without encryption at rest the domain's indices, logs, swap and automated snapshots are stored in clear.",
  severity: "high",
  cloud: "aws",
  service: "opensearch",
  resourceTypes: ["aws:opensearch/domain:Domain", "aws:elasticsearch/domain:Domain"],
  frameworks: {
    "aws-fsbp": ["OpenSearch.1", "ES.1"],
    "nist-800-53-r5": ["SC-28", "SC-28(1)", "SC-13"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["3.5.1"],
    hipaa: ["164.312(a)(2)(iv)"],
  },
  remediation: "Set encryptAtRest: { enabled: true } (optionally kmsKeyId).",
  enforcementLevel: "mandatory",
  tags: ["encryption", "data-protection"],
  check: (r) =>
    r.props.encryptAtRest?.enabled === true
      ? pass()
      : fail(
          "encryptAtRest.enabled",
          `encryptAtRest.enabled is ${JSON.stringify(r.props.encryptAtRest?.enabled ?? false)}; set it to true`,
        ),
  examples: {
    compliant: [[{ type: "aws:opensearch/domain:Domain", props: { engineVersion: "OpenSearch_2.13", encryptAtRest: { enabled: true } } }]],
    nonCompliant: [
      [{ type: "aws:opensearch/domain:Domain", props: { engineVersion: "OpenSearch_2.13" } }],
      [{ type: "aws:elasticsearch/domain:Domain", props: { elasticsearchVersion: "7.10", encryptAtRest: { enabled: false } } }],
    ],
  },
});
