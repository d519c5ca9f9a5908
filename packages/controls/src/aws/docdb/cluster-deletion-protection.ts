import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

export const docdbClusterDeletionProtection = defineControl({
  id: "aws-docdb-cluster-deletion-protection",
  title: "DocumentDB clusters have deletion protection",
  rationale:
    "Deletion protection stops a mistaken `pulumi destroy`, a replacement or a compromised principal from deleting the cluster and its automated backups.",
  severity: "medium",
  cloud: "aws",
  service: "docdb",
  resourceTypes: ["aws:docdb/cluster:Cluster"],
  frameworks: {
    "aws-fsbp": ["DocumentDB.5"],
    "nist-800-53-r5": ["CP-9", "SI-12"],
    soc2: ["A1.2"],
    "iso27001-2022": ["A.8.13"],
  },
  remediation: "Set deletionProtection: true.",
  enforcementLevel: "advisory",
  tags: ["resilience", "database"],
  check: (r) =>
    r.props.deletionProtection === true
      ? pass()
      : fail(
          "deletionProtection",
          `deletionProtection is ${r.props.deletionProtection === undefined || r.props.deletionProtection === null ? "not set (default false)" : JSON.stringify(r.props.deletionProtection)}; set it to true`,
        ),
  examples: {
    compliant: [[{ type: "aws:docdb/cluster:Cluster", props: { deletionProtection: true } }]],
    nonCompliant: [[{ type: "aws:docdb/cluster:Cluster", props: { engine: "docdb" } }]],
  },
});
