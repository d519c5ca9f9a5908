import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

export const rdsAutoMinorVersionUpgrade = defineControl({
  id: "aws-rds-auto-minor-version-upgrade",
  title: "RDS databases apply minor engine upgrades automatically",
  rationale:
    "Minor engine versions carry security fixes; with automatic minor upgrades off, known vulnerabilities stay until someone upgrades by hand.",
  severity: "medium",
  cloud: "aws",
  service: "rds",
  resourceTypes: ["aws:rds/instance:Instance", "aws:rds/clusterInstance:ClusterInstance", "aws:rds/cluster:Cluster"],
  frameworks: {
    "cis-aws-7.0": ["3.2.2"],
    "cis-aws-3.0": ["2.3.2"],
    "aws-fsbp": ["RDS.13", "RDS.35"],
    "nist-800-53-r5": ["SI-2", "SI-2(2)", "RA-5"],
    soc2: ["CC7.1", "CC8.1"],
    "iso27001-2022": ["A.8.8"],
    "pci-dss-4.0": ["6.3.3"],
  },
  remediation: "Set autoMinorVersionUpgrade: true (the default) and choose a maintenanceWindow.",
  enforcementLevel: "mandatory",
  tags: ["patching", "database"],
  check: (r) =>
    r.props.autoMinorVersionUpgrade === false
      ? fail("autoMinorVersionUpgrade", "autoMinorVersionUpgrade is false; set it to true")
      : pass(),
  remediate: (r) => (r.props.autoMinorVersionUpgrade === false ? { ...r.props, autoMinorVersionUpgrade: true } : undefined),
  examples: {
    compliant: [
      [{ type: "aws:rds/instance:Instance", props: { instanceClass: "db.t3.micro", autoMinorVersionUpgrade: true } }],
      [{ type: "aws:rds/clusterInstance:ClusterInstance", props: { clusterIdentifier: "c", instanceClass: "db.r6g.large" } }],
    ],
    nonCompliant: [
      [{ type: "aws:rds/instance:Instance", props: { instanceClass: "db.t3.micro", autoMinorVersionUpgrade: false } }],
      [{ type: "aws:rds/cluster:Cluster", props: { engine: "postgres", autoMinorVersionUpgrade: false } }],
    ],
  },
});
