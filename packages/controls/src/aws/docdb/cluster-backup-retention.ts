import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { num } from "../../shared/text";

const DEFAULT_MINIMUM_DAYS = 7;

function minimumDays(settings: Record<string, unknown>): number {
  const n = num(settings.minimumDays);
  return Number.isFinite(n) && n >= 1 ? n : DEFAULT_MINIMUM_DAYS;
}

export const docdbClusterBackupRetention = defineControl({
  id: "aws-docdb-cluster-backup-retention",
  title: "DocumentDB clusters keep automated backups long enough",
  rationale:
    "Automated backups are the way back from corruption or a bad deployment; the default of one day cannot undo a problem noticed after a weekend.",
  severity: "medium",
  cloud: "aws",
  service: "docdb",
  resourceTypes: ["aws:docdb/cluster:Cluster"],
  frameworks: {
    "aws-fsbp": ["DocumentDB.2"],
    "nist-800-53-r5": ["CP-9", "CP-10"],
    soc2: ["A1.2"],
    "iso27001-2022": ["A.8.13"],
    hipaa: ["164.308(a)(7)(ii)(A)"],
  },
  remediation: "Set backupRetentionPeriod to at least the configured minimum (default 7 days).",
  enforcementLevel: "advisory",
  tags: ["resilience", "backup", "database"],
  configSchema: {
    minimumDays: {
      type: "integer",
      minimum: 1,
      maximum: 35,
      default: DEFAULT_MINIMUM_DAYS,
      description: "Fewest days of automated backups accepted.",
    },
  },
  check: (r, ctx) => {
    const min = minimumDays(ctx.settings);
    const days = r.props.backupRetentionPeriod;
    if (days !== undefined && days !== null && num(days) >= min) return pass();
    return fail(
      "backupRetentionPeriod",
      `backupRetentionPeriod is ${days === undefined || days === null ? "not set (default 1 day)" : JSON.stringify(days)}; set it to at least ${min} days`,
    );
  },
  examples: {
    compliant: [[{ type: "aws:docdb/cluster:Cluster", props: { backupRetentionPeriod: 7 } }]],
    nonCompliant: [
      [{ type: "aws:docdb/cluster:Cluster", props: { engine: "docdb" } }],
      [{ type: "aws:docdb/cluster:Cluster", props: { backupRetentionPeriod: 1 } }],
    ],
  },
});
