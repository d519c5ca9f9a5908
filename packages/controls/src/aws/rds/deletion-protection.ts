import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

export const rdsDeletionProtection = defineControl({
  id: "aws-rds-deletion-protection",
  title: "RDS databases have deletion protection enabled",
  rationale: "Without deletion protection one API call, or one mistaken `pulumi destroy` or replacement, deletes the database.",
  severity: "medium",
  cloud: "aws",
  service: "rds",
  resourceTypes: ["aws:rds/instance:Instance", "aws:rds/cluster:Cluster"],
  frameworks: {
    "aws-fsbp": ["RDS.7", "RDS.8"],
    "nist-800-53-r5": ["CP-9", "CM-3(a)", "SI-12"],
    soc2: ["A1.2", "CC8.1"],
    "iso27001-2022": ["A.8.13", "A.8.32"],
  },
  remediation: "Set deletionProtection: true (turn it off deliberately, in a separate change, before decommissioning).",
  enforcementLevel: "advisory",
  tags: ["resilience", "database"],
  check: (r) =>
    r.props.deletionProtection === true
      ? pass()
      : fail("deletionProtection", `deletionProtection is ${JSON.stringify(r.props.deletionProtection ?? false)}; set it to true`),
  remediate: (r) => (r.props.deletionProtection === true ? undefined : { ...r.props, deletionProtection: true }),
  examples: {
    compliant: [[{ type: "aws:rds/cluster:Cluster", props: { engine: "aurora-mysql", deletionProtection: true } }]],
    nonCompliant: [[{ type: "aws:rds/instance:Instance", props: { instanceClass: "db.t3.micro" } }]],
  },
});
