import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

/** Valkey replication groups encrypt at rest unless told not to; Redis OSS ones only when asked. */
export const elasticacheEncryptionAtRest = defineControl({
  id: "aws-elasticache-encryption-at-rest",
  title: "ElastiCache replication groups encrypt data at rest",
  rationale:
    "Cache nodes swap and snapshot data to disk; without encryption at rest those disks and backups hold session tokens and cached records in clear.",
  severity: "medium",
  cloud: "aws",
  service: "elasticache",
  resourceTypes: ["aws:elasticache/replicationGroup:ReplicationGroup"],
  frameworks: {
    "aws-fsbp": ["ElastiCache.4"],
    "nist-800-53-r5": ["SC-28", "SC-28(1)", "SC-13"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["3.5.1"],
    hipaa: ["164.312(a)(2)(iv)"],
  },
  remediation: "Set atRestEncryptionEnabled: true (optionally kmsKeyId); it can only be set when the replication group is created.",
  enforcementLevel: "mandatory",
  tags: ["encryption", "data-protection"],
  check: (r) => {
    const enabled = r.props.atRestEncryptionEnabled;
    if (enabled === true) return pass();
    if (enabled === undefined && typeof r.props.engine === "string" && r.props.engine.trim().toLowerCase() === "valkey") return pass();
    return fail(
      "atRestEncryptionEnabled",
      `atRestEncryptionEnabled is ${JSON.stringify(enabled ?? false)}${enabled === undefined ? " (the default for the redis engine)" : ""}; set it to true`,
    );
  },
  examples: {
    compliant: [
      [{ type: "aws:elasticache/replicationGroup:ReplicationGroup", props: { description: "sessions", atRestEncryptionEnabled: true } }],
      [{ type: "aws:elasticache/replicationGroup:ReplicationGroup", props: { description: "cache", engine: "valkey" } }],
    ],
    nonCompliant: [
      [{ type: "aws:elasticache/replicationGroup:ReplicationGroup", props: { description: "sessions", engine: "redis" } }],
      [
        {
          type: "aws:elasticache/replicationGroup:ReplicationGroup",
          props: { description: "x", engine: "valkey", atRestEncryptionEnabled: false },
        },
      ],
    ],
  },
});
