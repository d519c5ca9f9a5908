import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { listOf } from "../../shared/network";
import { str } from "../../shared/text";

export const rdsSnapshotNotPublic = defineControl({
  id: "aws-rds-snapshot-not-public",
  title: "RDS snapshots are not shared publicly",
  rationale: 'A snapshot shared with "all" can be restored by any AWS account, handing over the whole database.',
  severity: "critical",
  cloud: "aws",
  service: "rds",
  resourceTypes: ["aws:rds/snapshot:Snapshot", "aws:rds/clusterSnapshot:ClusterSnapshot"],
  frameworks: {
    "aws-fsbp": ["RDS.1"],
    "nist-800-53-r5": ["AC-4", "SC-7", "SC-7(3)", "AC-3"],
    soc2: ["CC6.1", "CC6.6"],
    "iso27001-2022": ["A.8.20", "A.8.22"],
    "pci-dss-4.0": ["1.3.1", "1.4.4"],
    hipaa: ["164.312(e)(1)"],
  },
  remediation: 'Remove "all" from sharedAccounts; share with named account ids only.',
  enforcementLevel: "mandatory",
  tags: ["data-protection", "public-exposure", "database"],
  check: (r) =>
    listOf<unknown>(r.props.sharedAccounts).some((a) => str(a).toLowerCase() === "all")
      ? fail("sharedAccounts", 'sharedAccounts contains "all": any AWS account can restore the snapshot; share with named accounts only')
      : pass(),
  examples: {
    compliant: [
      [{ type: "aws:rds/snapshot:Snapshot", props: { dbInstanceIdentifier: "db", dbSnapshotIdentifier: "snap" } }],
      [
        {
          type: "aws:rds/clusterSnapshot:ClusterSnapshot",
          props: { dbClusterIdentifier: "c", dbClusterSnapshotIdentifier: "s", sharedAccounts: ["123456789012"] },
        },
      ],
    ],
    nonCompliant: [
      [{ type: "aws:rds/snapshot:Snapshot", props: { dbInstanceIdentifier: "db", dbSnapshotIdentifier: "snap", sharedAccounts: ["all"] } }],
      [
        {
          type: "aws:rds/clusterSnapshot:ClusterSnapshot",
          props: { dbClusterIdentifier: "c", dbClusterSnapshotIdentifier: "s", sharedAccounts: ["all"] },
        },
      ],
    ],
  },
});
