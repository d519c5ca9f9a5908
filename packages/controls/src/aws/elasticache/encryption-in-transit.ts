import { defineControl } from "../../model/control";
import { fail, notApplicable, pass } from "../../model/verdict";

/**
 * In-transit encryption on replication groups, and on stand-alone clusters (memcached, or Redis nodes
 * outside a replication group). `transitEncryptionMode: "preferred"` still accepts plaintext clients
 * during a migration, so only "required" (the default once enabled) passes.
 */
export const elasticacheEncryptionInTransit = defineControl({
  id: "aws-elasticache-encryption-in-transit",
  title: "ElastiCache requires TLS for client connections",
  rationale:
    "Without in-transit encryption, cache traffic (often session tokens and credentials) and the AUTH token itself cross the VPC in clear.",
  severity: "medium",
  cloud: "aws",
  service: "elasticache",
  resourceTypes: ["aws:elasticache/replicationGroup:ReplicationGroup", "aws:elasticache/cluster:Cluster"],
  frameworks: {
    "aws-fsbp": ["ElastiCache.5"],
    "nist-800-53-r5": ["SC-8", "SC-8(1)", "SC-13"],
    soc2: ["CC6.7"],
    "iso27001-2022": ["A.8.24", "A.5.14"],
    "pci-dss-4.0": ["4.2.1"],
    hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"],
  },
  remediation: 'Set transitEncryptionEnabled: true and leave transitEncryptionMode at "required".',
  enforcementLevel: "mandatory",
  tags: ["encryption-in-transit"],
  check: (r) => {
    if (r.type === "aws:elasticache/cluster:Cluster") {
      const group = r.props.replicationGroupId;
      if (typeof group === "string" && group.trim() !== "")
        return notApplicable("the cluster takes its encryption settings from its replication group");
    }
    if (r.props.transitEncryptionEnabled !== true) {
      return fail(
        "transitEncryptionEnabled",
        `transitEncryptionEnabled is ${JSON.stringify(r.props.transitEncryptionEnabled ?? false)}; set it to true`,
      );
    }
    if (r.type === "aws:elasticache/replicationGroup:ReplicationGroup" && r.props.transitEncryptionMode === "preferred") {
      return fail(
        "transitEncryptionMode",
        'transitEncryptionMode is "preferred", which still accepts plaintext clients; set it to "required"',
      );
    }
    return pass();
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:elasticache/replicationGroup:ReplicationGroup",
          props: { description: "s", transitEncryptionEnabled: true, transitEncryptionMode: "required" },
        },
      ],
      [{ type: "aws:elasticache/cluster:Cluster", props: { engine: "memcached", transitEncryptionEnabled: true } }],
      [{ type: "aws:elasticache/cluster:Cluster", props: { replicationGroupId: "sessions" } }],
    ],
    nonCompliant: [
      [{ type: "aws:elasticache/replicationGroup:ReplicationGroup", props: { description: "s" } }],
      [
        {
          type: "aws:elasticache/replicationGroup:ReplicationGroup",
          props: { description: "s", transitEncryptionEnabled: true, transitEncryptionMode: "preferred" },
        },
      ],
      [{ type: "aws:elasticache/cluster:Cluster", props: { engine: "memcached" } }],
    ],
  },
});
