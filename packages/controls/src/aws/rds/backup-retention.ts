import { defineControl } from "../../model/control";
import { fail, notApplicable, pass } from "../../model/verdict";
import { num } from "../../shared/text";

const DEFAULT_MINIMUM_DAYS = 7;

function minimumDays(settings: Record<string, unknown>): number {
  const n = num(settings.minimumDays);
  return Number.isFinite(n) && n >= 1 ? n : DEFAULT_MINIMUM_DAYS;
}

export const rdsBackupRetention = defineControl({
  id: "aws-rds-backup-retention",
  title: "RDS databases keep automated backups long enough",
  rationale:
    "Automated backups and point-in-time recovery are the way back from corruption, ransomware or a bad migration; with 0 days there are none, with 1 day a problem noticed after a weekend cannot be undone.",
  severity: "medium",
  cloud: "aws",
  service: "rds",
  resourceTypes: ["aws:rds/instance:Instance", "aws:rds/cluster:Cluster"],
  frameworks: {
    "aws-fsbp": ["RDS.11"],
    "nist-800-53-r5": ["CP-9", "CP-10"],
    soc2: ["A1.2"],
    "iso27001-2022": ["A.8.13"],
    hipaa: ["164.308(a)(7)(ii)(A)"],
  },
  remediation: "Set backupRetentionPeriod to at least the configured minimum (default 7 days; up to 35).",
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
    const source = r.props.replicateSourceDb;
    if (typeof source === "string" && source.trim() !== "" && (days === undefined || days === null)) {
      return notApplicable("a read replica is recovered from its source's backups");
    }
    return fail(
      "backupRetentionPeriod",
      `backupRetentionPeriod is ${days === undefined || days === null ? "not set (AWS then keeps 1 day)" : JSON.stringify(days)}; set it to at least ${min}`,
    );
  },
  remediate: (r) => {
    const days = r.props.backupRetentionPeriod;
    if (days !== undefined && days !== null && num(days) >= DEFAULT_MINIMUM_DAYS) return undefined;
    return { ...r.props, backupRetentionPeriod: DEFAULT_MINIMUM_DAYS };
  },
  examples: {
    compliant: [
      [{ type: "aws:rds/instance:Instance", props: { instanceClass: "db.t3.micro", backupRetentionPeriod: 14 } }],
      [{ type: "aws:rds/cluster:Cluster", props: { engine: "aurora-postgresql", backupRetentionPeriod: 7 } }],
    ],
    nonCompliant: [
      [{ type: "aws:rds/instance:Instance", props: { instanceClass: "db.t3.micro", backupRetentionPeriod: 0 } }],
      [{ type: "aws:rds/cluster:Cluster", props: { engine: "aurora-postgresql" } }],
    ],
  },
});
