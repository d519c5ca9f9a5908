import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { num } from "../../shared/text";

const DEFAULT_MINIMUM_DAYS = 7;

function minimumDays(settings: Record<string, unknown>): number {
  const n = num(settings.minimumDays);
  return Number.isFinite(n) && n >= 1 ? n : DEFAULT_MINIMUM_DAYS;
}

export const redshiftAutomatedSnapshots = defineControl({
  id: "aws-redshift-automated-snapshots",
  title: "Redshift clusters keep automated snapshots long enough",
  rationale:
    "Automated snapshots are the way back from a dropped table or corrupted load; 0 days turns them off and 1 day (the default) cannot undo a problem noticed after a weekend.",
  severity: "medium",
  cloud: "aws",
  service: "redshift",
  resourceTypes: ["aws:redshift/cluster:Cluster"],
  frameworks: {
    "aws-fsbp": ["Redshift.3"],
    "nist-800-53-r5": ["CP-9", "CP-10"],
    soc2: ["A1.2"],
    "iso27001-2022": ["A.8.13"],
    hipaa: ["164.308(a)(7)(ii)(A)"],
  },
  remediation: "Set automatedSnapshotRetentionPeriod to at least the configured minimum (default 7 days).",
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
    const days = r.props.automatedSnapshotRetentionPeriod;
    if (days !== undefined && days !== null && num(days) >= min) return pass();
    return fail(
      "automatedSnapshotRetentionPeriod",
      `automatedSnapshotRetentionPeriod is ${days === undefined || days === null ? "not set (default 1 day)" : JSON.stringify(days)}; set it to at least ${min} days`,
    );
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:redshift/cluster:Cluster",
          props: { clusterIdentifier: "dw", nodeType: "ra3.xlplus", automatedSnapshotRetentionPeriod: 7 },
        },
      ],
    ],
    nonCompliant: [
      [{ type: "aws:redshift/cluster:Cluster", props: { clusterIdentifier: "dw", nodeType: "ra3.xlplus" } }],
      [
        {
          type: "aws:redshift/cluster:Cluster",
          props: { clusterIdentifier: "dw", nodeType: "ra3.xlplus", automatedSnapshotRetentionPeriod: 0 },
        },
      ],
    ],
  },
});
