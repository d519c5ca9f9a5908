import { defineControl } from "../../model/control";
import { fail, notApplicable, pass } from "../../model/verdict";
import { num, str } from "../../shared/text";

export const elasticacheRedisAuth = defineControl({
  id: "aws-elasticache-redis-auth",
  title: "ElastiCache Redis before 6.0 requires AUTH",
  rationale: "Redis before 6.0 has no users: without an AUTH token anyone who reaches the port can read, change or flush every key.",
  severity: "high",
  cloud: "aws",
  service: "elasticache",
  resourceTypes: ["aws:elasticache/replicationGroup:ReplicationGroup"],
  frameworks: {
    "aws-fsbp": ["ElastiCache.6"],
    "nist-800-53-r5": ["IA-2", "AC-3"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.8.5"],
    "pci-dss-4.0": ["8.2.2"],
  },
  remediation: "Set authToken (with transitEncryptionEnabled: true), or upgrade to Redis 6+ / Valkey and use userGroupIds (RBAC).",
  enforcementLevel: "mandatory",
  tags: ["identity", "cache"],
  check: (r) => {
    const version = str(r.props.engineVersion).trim();
    const major = num(/^(\d+)/.exec(version)?.[1]);
    if (version === "" || !Number.isFinite(major) || major >= 6 || str(r.props.engine ?? "redis").toLowerCase() === "valkey") {
      return notApplicable("Redis 6+ and Valkey authenticate users through RBAC user groups (ElastiCache.6 covers versions before 6.0)");
    }
    if (str(r.props.authToken) !== "") return pass();
    return fail(
      "authToken",
      `engineVersion ${version} has no authToken; set one (it needs transitEncryptionEnabled: true) or upgrade to Redis 6+ with RBAC`,
    );
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:elasticache/replicationGroup:ReplicationGroup",
          props: {
            description: "legacy",
            engineVersion: "5.0.6",
            transitEncryptionEnabled: true,
            authToken: "example-token-not-real-0123456789",
          },
        },
      ],
      [{ type: "aws:elasticache/replicationGroup:ReplicationGroup", props: { description: "modern", engineVersion: "7.1" } }],
    ],
    nonCompliant: [
      [{ type: "aws:elasticache/replicationGroup:ReplicationGroup", props: { description: "legacy", engineVersion: "5.0.6" } }],
    ],
  },
});
