import { defineControl } from "../../model/control";
import { fail, notApplicable, pass } from "../../model/verdict";
import { num, str } from "../../shared/text";

export const rdsAuroraBacktracking = defineControl({
  id: "aws-rds-aurora-backtracking",
  title: "Aurora MySQL clusters have backtracking enabled",
  rationale:
    "Backtracking rewinds a cluster to a point in time in minutes without a restore, undoing a bad migration or a destructive statement.",
  severity: "low",
  cloud: "aws",
  service: "rds",
  resourceTypes: ["aws:rds/cluster:Cluster"],
  frameworks: {
    "aws-fsbp": ["RDS.14"],
    "nist-800-53-r5": ["CP-9", "CP-10"],
    soc2: ["A1.2"],
    "iso27001-2022": ["A.8.13"],
    hipaa: ["164.308(a)(7)(ii)(A)"],
  },
  remediation: "Set backtrackWindow (seconds, up to 259200) on Aurora MySQL clusters; it can only be enabled when the cluster is created.",
  enforcementLevel: "advisory",
  tags: ["resilience", "database"],
  check: (r) => {
    const engine = str(r.props.engine).toLowerCase();
    if (engine !== "aurora-mysql" && engine !== "aurora") return notApplicable("backtracking exists only for Aurora MySQL");
    const window = r.props.backtrackWindow;
    if (num(window) > 0) return pass();
    return fail(
      "backtrackWindow",
      `backtrackWindow is ${window === undefined || window === null ? "not set (off)" : JSON.stringify(window)}; set it, e.g. 86400 for 24 hours`,
    );
  },
  examples: {
    compliant: [
      [{ type: "aws:rds/cluster:Cluster", props: { engine: "aurora-mysql", backtrackWindow: 86400 } }],
      [{ type: "aws:rds/cluster:Cluster", props: { engine: "aurora-postgresql" } }],
    ],
    nonCompliant: [[{ type: "aws:rds/cluster:Cluster", props: { engine: "aurora-mysql" } }]],
  },
});
