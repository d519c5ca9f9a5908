import { defineControl } from "../../model/control";
import { fail, notApplicable, pass } from "../../model/verdict";
import { str } from "../../shared/text";

export const elasticacheAutoMinorVersionUpgrade = defineControl({
  id: "aws-elasticache-auto-minor-version-upgrade",
  title: "ElastiCache applies minor engine upgrades automatically",
  rationale: "Minor Redis/Valkey versions carry security fixes; turning automatic upgrades off keeps known vulnerabilities in the cache.",
  severity: "medium",
  cloud: "aws",
  service: "elasticache",
  resourceTypes: ["aws:elasticache/replicationGroup:ReplicationGroup", "aws:elasticache/cluster:Cluster"],
  frameworks: {
    "aws-fsbp": ["ElastiCache.2"],
    "nist-800-53-r5": ["SI-2", "SI-2(2)", "CM-6"],
    soc2: ["CC7.1"],
    "iso27001-2022": ["A.8.8"],
    "pci-dss-4.0": ["6.3.3"],
  },
  remediation: "Remove autoMinorVersionUpgrade: false (the default is true).",
  enforcementLevel: "advisory",
  tags: ["patching", "cache"],
  check: (r) => {
    if (r.type === "aws:elasticache/cluster:Cluster" && str(r.props.replicationGroupId) !== "") {
      return notApplicable("a member of a replication group takes this setting from the group");
    }
    return r.props.autoMinorVersionUpgrade === false
      ? fail("autoMinorVersionUpgrade", "autoMinorVersionUpgrade is false; remove it or set it to true")
      : pass();
  },
  examples: {
    compliant: [
      [{ type: "aws:elasticache/replicationGroup:ReplicationGroup", props: { description: "sessions" } }],
      [{ type: "aws:elasticache/cluster:Cluster", props: { engine: "redis", autoMinorVersionUpgrade: true } }],
    ],
    nonCompliant: [
      [{ type: "aws:elasticache/replicationGroup:ReplicationGroup", props: { description: "sessions", autoMinorVersionUpgrade: false } }],
    ],
  },
});
