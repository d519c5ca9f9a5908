import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

export const neptuneClusterDeletionProtection = defineControl({
  id: "aws-neptune-cluster-deletion-protection",
  title: "Neptune clusters have deletion protection",
  rationale: "Deletion protection stops a mistaken destroy, a replacement or a compromised principal from deleting the cluster.",
  severity: "medium",
  cloud: "aws",
  service: "neptune",
  resourceTypes: ["aws:neptune/cluster:Cluster"],
  frameworks: {
    "aws-fsbp": ["Neptune.4"],
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
    compliant: [[{ type: "aws:neptune/cluster:Cluster", props: { deletionProtection: true } }]],
    nonCompliant: [[{ type: "aws:neptune/cluster:Cluster", props: { engine: "neptune" } }]],
  },
});
