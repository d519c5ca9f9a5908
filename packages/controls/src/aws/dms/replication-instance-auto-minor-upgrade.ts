import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

export const dmsReplicationInstanceAutoMinorUpgrade = defineControl({
  id: "aws-dms-replication-instance-auto-minor-upgrade",
  title: "DMS replication instances apply minor engine upgrades automatically",
  rationale:
    "Minor DMS engine versions carry security fixes; without automatic upgrades a replication instance keeps known vulnerabilities until someone upgrades it by hand.",
  severity: "medium",
  cloud: "aws",
  service: "dms",
  resourceTypes: ["aws:dms/replicationInstance:ReplicationInstance"],
  frameworks: {
    "aws-fsbp": ["DMS.6"],
    "nist-800-53-r5": ["SI-2", "SI-2(2)", "CM-6"],
    soc2: ["CC7.1"],
    "iso27001-2022": ["A.8.8"],
    "pci-dss-4.0": ["6.3.3"],
  },
  remediation: "Set autoMinorVersionUpgrade: true.",
  enforcementLevel: "advisory",
  tags: ["patching", "database"],
  check: (r) =>
    r.props.autoMinorVersionUpgrade === true
      ? pass()
      : fail(
          "autoMinorVersionUpgrade",
          `autoMinorVersionUpgrade is ${r.props.autoMinorVersionUpgrade === undefined || r.props.autoMinorVersionUpgrade === null ? "not set (default false)" : JSON.stringify(r.props.autoMinorVersionUpgrade)}; set it to true`,
        ),
  examples: {
    compliant: [
      [
        {
          type: "aws:dms/replicationInstance:ReplicationInstance",
          props: { replicationInstanceClass: "dms.t3.medium", replicationInstanceId: "m", autoMinorVersionUpgrade: true },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "aws:dms/replicationInstance:ReplicationInstance",
          props: { replicationInstanceClass: "dms.t3.medium", replicationInstanceId: "m", autoMinorVersionUpgrade: false },
        },
      ],
      [
        {
          type: "aws:dms/replicationInstance:ReplicationInstance",
          props: { replicationInstanceClass: "dms.t3.medium", replicationInstanceId: "m" },
        },
      ],
    ],
  },
});
