import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

export const rdsCopyTagsToSnapshot = defineControl({
  id: "aws-rds-copy-tags-to-snapshot",
  title: "RDS instances and clusters copy tags to snapshots",
  rationale: "Snapshots without the database's tags escape tag-based access control, cost allocation and data-classification policies.",
  severity: "low",
  cloud: "aws",
  service: "rds",
  resourceTypes: ["aws:rds/instance:Instance", "aws:rds/cluster:Cluster"],
  frameworks: {
    "aws-fsbp": ["RDS.16", "RDS.17"],
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
    compliant: [
      [{ type: "aws:rds/instance:Instance", props: { instanceClass: "db.t3.micro", copyTagsToSnapshot: true } }],
      [{ type: "aws:rds/cluster:Cluster", props: { engine: "aurora-postgresql", copyTagsToSnapshot: true } }],
    ],
    nonCompliant: [
      [{ type: "aws:rds/instance:Instance", props: { instanceClass: "db.t3.micro" } }],
      [{ type: "aws:rds/cluster:Cluster", props: { engine: "aurora-mysql", copyTagsToSnapshot: false } }],
    ],
  },
});
