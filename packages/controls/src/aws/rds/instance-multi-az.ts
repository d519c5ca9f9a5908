import { defineControl } from "../../model/control";
import { fail, notApplicable, pass } from "../../model/verdict";

export const rdsInstanceMultiAz = defineControl({
  id: "aws-rds-instance-multi-az",
  title: "RDS DB instances are deployed across Availability Zones",
  rationale:
    "A single-AZ instance is down for the length of an AZ outage or a failed host; Multi-AZ keeps a synchronous standby to fail over to.",
  severity: "low",
  cloud: "aws",
  service: "rds",
  resourceTypes: ["aws:rds/instance:Instance"],
  frameworks: {
    "cis-aws-7.0": ["3.2.4"],
    "aws-fsbp": ["RDS.5"],
    "nist-800-53-r5": ["CP-10", "SC-36", "SI-13(5)"],
    soc2: ["A1.2"],
    "iso27001-2022": ["A.8.14"],
    hipaa: ["164.308(a)(7)(i)"],
  },
  remediation: "Set multiAz: true for production instances (exempt development databases with a reason).",
  enforcementLevel: "advisory",
  tags: ["resilience", "database"],
  check: (r) => {
    if (r.props.multiAz === true) return pass();
    const source = r.props.replicateSourceDb;
    if (typeof source === "string" && source.trim() !== "") return notApplicable("read replicas are scaled out rather than made Multi-AZ");
    return fail("multiAz", `multiAz is ${JSON.stringify(r.props.multiAz ?? false)}; set it to true`);
  },
  examples: {
    compliant: [[{ type: "aws:rds/instance:Instance", props: { instanceClass: "db.m6g.large", multiAz: true } }]],
    nonCompliant: [[{ type: "aws:rds/instance:Instance", props: { instanceClass: "db.m6g.large" } }]],
  },
});
