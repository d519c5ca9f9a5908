import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

export const elasticacheReplicationGroupAutomaticFailover = defineControl({
  id: "aws-elasticache-replication-group-automatic-failover",
  title: "ElastiCache replication groups fail over automatically",
  rationale: "Without automatic failover a failed primary stops all writes until someone promotes a replica by hand.",
  severity: "medium",
  cloud: "aws",
  service: "elasticache",
  resourceTypes: ["aws:elasticache/replicationGroup:ReplicationGroup"],
  frameworks: {
    "aws-fsbp": ["ElastiCache.3"],
    "nist-800-53-r5": ["CP-10", "SC-5", "SC-36"],
    soc2: ["A1.2"],
    "iso27001-2022": ["A.8.14"],
  },
  remediation: "Set automaticFailoverEnabled: true (and multiAzEnabled: true) with at least one replica.",
  enforcementLevel: "advisory",
  tags: ["resilience", "cache"],
  check: (r) =>
    r.props.automaticFailoverEnabled === true
      ? pass()
      : fail(
          "automaticFailoverEnabled",
          `automaticFailoverEnabled is ${r.props.automaticFailoverEnabled === undefined || r.props.automaticFailoverEnabled === null ? "not set (default false)" : JSON.stringify(r.props.automaticFailoverEnabled)}; set it to true`,
        ),
  examples: {
    compliant: [
      [
        {
          type: "aws:elasticache/replicationGroup:ReplicationGroup",
          props: { description: "sessions", numCacheClusters: 2, automaticFailoverEnabled: true, multiAzEnabled: true },
        },
      ],
    ],
    nonCompliant: [
      [{ type: "aws:elasticache/replicationGroup:ReplicationGroup", props: { description: "sessions", numCacheClusters: 2 } }],
    ],
  },
});
