import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

export const docdbClusterEncrypted = defineControl({
  id: "aws-docdb-cluster-encrypted",
  title: "DocumentDB clusters are encrypted at rest",
  rationale:
    "An unencrypted cluster leaves documents, backups and snapshots readable on AWS storage outside the key policy; encryption can only be chosen at creation.",
  severity: "high",
  cloud: "aws",
  service: "docdb",
  resourceTypes: ["aws:docdb/cluster:Cluster"],
  frameworks: {
    "aws-fsbp": ["DocumentDB.1"],
    "nist-800-53-r5": ["SC-28", "SC-28(1)", "SC-13"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["3.5.1"],
    hipaa: ["164.312(a)(2)(iv)"],
  },
  remediation: "Set storageEncrypted: true (optionally kmsKeyId) when creating the cluster.",
  enforcementLevel: "mandatory",
  tags: ["data-protection", "encryption", "database"],
  check: (r) =>
    r.props.storageEncrypted === true
      ? pass()
      : fail(
          "storageEncrypted",
          `storageEncrypted is ${r.props.storageEncrypted === undefined || r.props.storageEncrypted === null ? "not set (default false)" : JSON.stringify(r.props.storageEncrypted)}; set it to true`,
        ),
  examples: {
    compliant: [
      [
        {
          type: "aws:docdb/cluster:Cluster",
          props: { engine: "docdb", storageEncrypted: true, kmsKeyId: "arn:aws:kms:eu-west-1:123456789012:key/1" },
        },
      ],
    ],
    nonCompliant: [
      [{ type: "aws:docdb/cluster:Cluster", props: { engine: "docdb", masterUsername: "docadmin" } }],
      [{ type: "aws:docdb/cluster:Cluster", props: { storageEncrypted: false } }],
    ],
  },
});
