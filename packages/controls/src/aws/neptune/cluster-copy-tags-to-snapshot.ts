import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

export const neptuneClusterCopyTagsToSnapshot = defineControl({
  id: "aws-neptune-cluster-copy-tags-to-snapshot",
  title: "Neptune clusters copy tags to snapshots",
  rationale: "Snapshots without the cluster's tags escape tag-based access control, cost allocation and data-classification policies.",
  severity: "low",
  cloud: "aws",
  service: "neptune",
  resourceTypes: ["aws:neptune/cluster:Cluster"],
  frameworks: {
    "aws-fsbp": ["Neptune.8"],
    "nist-800-53-r5": ["CM-8(a)", "CM-2"],
    "iso27001-2022": ["A.5.9", "A.5.12"],
  },
  remediation: "Set copyTagsToSnapshot: true.",
  enforcementLevel: "advisory",
  tags: ["governance", "database"],
  check: (r) =>
    r.props.copyTagsToSnapshot === true
      ? pass()
      : fail(
          "copyTagsToSnapshot",
          `copyTagsToSnapshot is ${r.props.copyTagsToSnapshot === undefined || r.props.copyTagsToSnapshot === null ? "not set (default false)" : JSON.stringify(r.props.copyTagsToSnapshot)}; set it to true`,
        ),
  examples: {
    compliant: [[{ type: "aws:neptune/cluster:Cluster", props: { copyTagsToSnapshot: true } }]],
    nonCompliant: [[{ type: "aws:neptune/cluster:Cluster", props: { engine: "neptune" } }]],
  },
});
