import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

export const neptuneClusterIamAuthentication = defineControl({
  id: "aws-neptune-cluster-iam-authentication",
  title: "Neptune clusters require IAM database authentication",
  rationale:
    "Without IAM authentication anyone who reaches the endpoint can query the graph; IAM authentication puts every request under SigV4 and IAM policies.",
  severity: "high",
  cloud: "aws",
  service: "neptune",
  resourceTypes: ["aws:neptune/cluster:Cluster"],
  frameworks: {
    "aws-fsbp": ["Neptune.7"],
    "nist-800-53-r5": ["AC-3", "IA-2", "AC-6"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.5.15", "A.8.5"],
    "pci-dss-4.0": ["7.2.1", "8.2.2"],
  },
  remediation: "Set iamDatabaseAuthenticationEnabled: true and grant neptune-db:* actions to the principals that query it.",
  enforcementLevel: "mandatory",
  tags: ["identity", "database"],
  check: (r) =>
    r.props.iamDatabaseAuthenticationEnabled === true
      ? pass()
      : fail(
          "iamDatabaseAuthenticationEnabled",
          `iamDatabaseAuthenticationEnabled is ${r.props.iamDatabaseAuthenticationEnabled === undefined || r.props.iamDatabaseAuthenticationEnabled === null ? "not set (default false)" : JSON.stringify(r.props.iamDatabaseAuthenticationEnabled)}; set it to true`,
        ),
  examples: {
    compliant: [[{ type: "aws:neptune/cluster:Cluster", props: { iamDatabaseAuthenticationEnabled: true } }]],
    nonCompliant: [
      [{ type: "aws:neptune/cluster:Cluster", props: { engine: "neptune" } }],
      [{ type: "aws:neptune/cluster:Cluster", props: { iamDatabaseAuthenticationEnabled: false } }],
    ],
  },
});
