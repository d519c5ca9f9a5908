import { defineControl } from "../../model/control";
import { fail, notApplicable, pass } from "../../model/verdict";
import { num, str } from "../../shared/text";

/**
 * The shape seen in a public program is the first non-compliant example: a replication group without snapshotRetentionLimit.
 */
export const elasticacheRedisSnapshotRetention = defineControl({
  id: "aws-elasticache-redis-snapshot-retention",
  title: "ElastiCache Redis and Valkey keep automatic backups",
  rationale:
    "With snapshotRetentionLimit 0 (the default) there are no automatic backups: a flush, a bad deployment or a failed node loses the data for good.",
  severity: "medium",
  cloud: "aws",
  service: "elasticache",
  resourceTypes: ["aws:elasticache/replicationGroup:ReplicationGroup", "aws:elasticache/cluster:Cluster"],
  frameworks: {
    "aws-fsbp": ["ElastiCache.1"],
    "nist-800-53-r5": ["CP-9", "CP-10"],
    soc2: ["A1.2"],
    "iso27001-2022": ["A.8.13"],
    hipaa: ["164.308(a)(7)(ii)(A)"],
  },
  remediation: "Set snapshotRetentionLimit to at least 1 (days), and a snapshotWindow outside peak hours.",
  enforcementLevel: "advisory",
  tags: ["resilience", "backup", "cache"],
  check: (r) => {
    if (r.type === "aws:elasticache/cluster:Cluster" && str(r.props.replicationGroupId) !== "") {
      return notApplicable("a member of a replication group takes this setting from the group");
    }
    if (r.type === "aws:elasticache/cluster:Cluster" && !["redis", "valkey"].includes(str(r.props.engine).toLowerCase())) {
      return notApplicable(`engine ${JSON.stringify(r.props.engine)} keeps no snapshots`);
    }
    const days = r.props.snapshotRetentionLimit;
    if (num(days) >= 1) return pass();
    return fail(
      "snapshotRetentionLimit",
      `snapshotRetentionLimit is ${days === undefined || days === null ? "not set (default 0: no automatic backups)" : JSON.stringify(days)}; set it to at least 1`,
    );
  },
  examples: {
    compliant: [
      [{ type: "aws:elasticache/replicationGroup:ReplicationGroup", props: { description: "sessions", snapshotRetentionLimit: 7 } }],
      [{ type: "aws:elasticache/cluster:Cluster", props: { engine: "memcached", nodeType: "cache.t4g.micro", numCacheNodes: 1 } }],
      [{ type: "aws:elasticache/cluster:Cluster", props: { engine: "redis", replicationGroupId: "sessions" } }],
    ],
    nonCompliant: [
      [{ type: "aws:elasticache/replicationGroup:ReplicationGroup", props: { description: "sessions", nodeType: "cache.t4g.micro" } }],
      [
        {
          type: "aws:elasticache/cluster:Cluster",
          props: { engine: "redis", nodeType: "cache.t4g.micro", numCacheNodes: 1, snapshotRetentionLimit: 0 },
        },
      ],
    ],
  },
});
