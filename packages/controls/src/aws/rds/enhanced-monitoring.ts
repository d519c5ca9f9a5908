import { defineControl } from "../../model/control";
import { fail, notApplicable, pass } from "../../model/verdict";
import { num, str } from "../../shared/text";

/** Multi-AZ DB clusters (non-Aurora) have a dbClusterInstanceClass and take monitoring settings on the cluster. */
const MULTI_AZ_CLUSTER = /^db\./;

export const rdsEnhancedMonitoring = defineControl({
  id: "aws-rds-enhanced-monitoring",
  title: "RDS DB instances have Enhanced Monitoring",
  rationale:
    "Enhanced Monitoring reports OS-level metrics (processes, memory, I/O) at up to one-second granularity; CloudWatch's hypervisor view cannot show a runaway query or a crypto-miner on the host.",
  severity: "low",
  cloud: "aws",
  service: "rds",
  resourceTypes: ["aws:rds/instance:Instance", "aws:rds/clusterInstance:ClusterInstance", "aws:rds/cluster:Cluster"],
  frameworks: {
    "aws-fsbp": ["RDS.6"],
    "nist-800-53-r5": ["SI-4", "CA-7", "AU-12"],
    soc2: ["CC7.2"],
    "iso27001-2022": ["A.8.16"],
  },
  remediation:
    "Set monitoringInterval to 1, 5, 10, 15, 30 or 60 seconds and monitoringRoleArn to a role with AmazonRDSEnhancedMonitoringRole.",
  enforcementLevel: "advisory",
  tags: ["monitoring", "database"],
  check: (r) => {
    if (r.type === "aws:rds/cluster:Cluster" && !MULTI_AZ_CLUSTER.test(str(r.props.dbClusterInstanceClass))) {
      return notApplicable("Aurora clusters are monitored through their instances (aws.rds.ClusterInstance)");
    }
    const interval = r.props.monitoringInterval;
    if (num(interval) > 0) return pass();
    return fail(
      "monitoringInterval",
      `monitoringInterval is ${interval === undefined || interval === null ? "not set (default 0: off)" : JSON.stringify(interval)}; set it to 60 or less with a monitoringRoleArn`,
    );
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:rds/instance:Instance",
          props: {
            instanceClass: "db.t3.micro",
            engine: "postgres",
            monitoringInterval: 60,
            monitoringRoleArn: "arn:aws:iam::123456789012:role/rds-monitoring",
          },
        },
      ],
      [{ type: "aws:rds/cluster:Cluster", props: { engine: "aurora-postgresql" } }],
    ],
    nonCompliant: [
      [{ type: "aws:rds/instance:Instance", props: { instanceClass: "db.t3.micro", engine: "postgres" } }],
      [
        {
          type: "aws:rds/clusterInstance:ClusterInstance",
          props: { clusterIdentifier: "c", instanceClass: "db.r6g.large", engine: "aurora-mysql", monitoringInterval: 0 },
        },
      ],
      [{ type: "aws:rds/cluster:Cluster", props: { engine: "postgres", dbClusterInstanceClass: "db.m6gd.large", allocatedStorage: 100 } }],
    ],
  },
});
