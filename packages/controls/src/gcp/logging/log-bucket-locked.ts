import { defineControl } from "../../model/control";
import { failAll, type Violation } from "../../model/verdict";
import { num } from "../../shared/text";

export const loggingLogBucketLocked = defineControl({
  id: "gcp-logging-log-bucket-locked",
  title: "Cloud Logging buckets are locked, keep logs long enough and encrypt them with CMEK",
  rationale:
    "A locked log bucket cannot be deleted and its retention cannot be shortened, so the audit trail survives a compromised administrator; CMEK keeps its content under the organisation's key.",
  severity: "high",
  cloud: "gcp",
  service: "logging",
  resourceTypes: ["gcp:logging/projectBucketConfig:ProjectBucketConfig"],
  frameworks: {
    "cis-gcp-5.0": ["2.4"],
    "cis-gcp-3.0": ["2.3"],
    "nist-800-53-r5": ["AU-9", "AU-9(2)", "AU-11", "SC-28"],
    soc2: ["CC7.2"],
    "iso27001-2022": ["A.8.15", "A.5.28", "A.8.24"],
    "pci-dss-4.0": ["10.5.1", "10.3.3"],
    hipaa: ["164.312(b)", "164.312(c)(1)"],
  },
  remediation: "Set locked: true, retentionDays ≥ minimumRetentionDays and cmekSettings { kmsKeyName: <key> }.",
  enforcementLevel: "mandatory",
  tags: ["logging", "immutability"],
  configSchema: {
    minimumRetentionDays: {
      type: "integer",
      minimum: 1,
      default: 365,
      description: "Shortest retention accepted for log buckets, in days.",
    },
    requireCmek: { type: "boolean", default: true, description: "Require cmekSettings.kmsKeyName." },
  },
  check: (r, ctx) => {
    const violations: Violation[] = [];
    if (r.props.locked !== true) violations.push({ property: "locked", message: "the log bucket is not locked; set locked: true" });
    const minDays = num(ctx.settings.minimumRetentionDays ?? 365);
    const days = r.props.retentionDays ?? 30;
    if (typeof days !== "number" || days < minDays) {
      violations.push({
        property: "retentionDays",
        message: `retentionDays is ${JSON.stringify(days)}; keep logs at least ${minDays} days`,
      });
    }
    if (ctx.settings.requireCmek !== false) {
      const key = r.props.cmekSettings?.kmsKeyName;
      if (typeof key !== "string" || key === "")
        violations.push({
          property: "cmekSettings.kmsKeyName",
          message: "the log bucket uses Google-managed keys; set cmekSettings.kmsKeyName",
        });
    }
    return failAll(violations);
  },
  examples: {
    compliant: [
      [
        {
          type: "gcp:logging/projectBucketConfig:ProjectBucketConfig",
          props: {
            project: "acme-logging",
            location: "europe-west1",
            bucketId: "org-logs",
            locked: true,
            retentionDays: 400,
            cmekSettings: { kmsKeyName: "projects/s/locations/europe-west1/keyRings/r/cryptoKeys/logs" },
          },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "gcp:logging/projectBucketConfig:ProjectBucketConfig",
          props: { project: "acme-logging", location: "global", bucketId: "org-logs", retentionDays: 30 },
        },
      ],
    ],
  },
});
