import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

/**
 * The shape seen in a public program is the second non-compliant example: publiclyAccessible left out, which the
 * DMS API takes as true.
 */
export const dmsReplicationInstanceNotPublic = defineControl({
  id: "aws-dms-replication-instance-not-public",
  title: "DMS replication instances are not publicly accessible",
  rationale:
    "A public replication instance holds credentials for both source and target databases and streams their data; a public address makes it reachable from the internet through any permissive security group.",
  severity: "critical",
  cloud: "aws",
  service: "dms",
  resourceTypes: ["aws:dms/replicationInstance:ReplicationInstance"],
  frameworks: {
    "aws-fsbp": ["DMS.1"],
    "nist-800-53-r5": ["AC-4", "SC-7", "SC-7(3)", "AC-3"],
    soc2: ["CC6.1", "CC6.6"],
    "iso27001-2022": ["A.8.20", "A.8.22"],
    "pci-dss-4.0": ["1.3.1", "1.4.4"],
    hipaa: ["164.312(e)(1)"],
  },
  remediation: "Set publiclyAccessible: false and place the instance in a replication subnet group of private subnets.",
  enforcementLevel: "mandatory",
  tags: ["network", "public-exposure", "database"],
  check: (r) =>
    r.props.publiclyAccessible === false
      ? pass()
      : fail(
          "publiclyAccessible",
          `publiclyAccessible is ${r.props.publiclyAccessible === undefined || r.props.publiclyAccessible === null ? "not set (DMS then gives the instance a public address)" : JSON.stringify(r.props.publiclyAccessible)}; set it to false`,
        ),
  examples: {
    compliant: [
      [
        {
          type: "aws:dms/replicationInstance:ReplicationInstance",
          props: {
            replicationInstanceClass: "dms.t3.medium",
            replicationInstanceId: "migrate",
            publiclyAccessible: false,
            replicationSubnetGroupId: "private",
          },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "aws:dms/replicationInstance:ReplicationInstance",
          props: { replicationInstanceClass: "dms.t3.medium", replicationInstanceId: "migrate", publiclyAccessible: true },
        },
      ],
      [
        {
          type: "aws:dms/replicationInstance:ReplicationInstance",
          props: { replicationInstanceClass: "dms.t3.medium", replicationInstanceId: "migrate" },
        },
      ],
    ],
  },
});
