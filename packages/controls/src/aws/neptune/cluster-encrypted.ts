import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

export const neptuneClusterEncrypted = defineControl({
  id: "aws-neptune-cluster-encrypted",
  title: "Neptune clusters are encrypted at rest",
  rationale:
    "An unencrypted graph database leaves its data, backups and snapshots readable on AWS storage outside any key policy; encryption can only be chosen at creation.",
  severity: "high",
  cloud: "aws",
  service: "neptune",
  resourceTypes: ["aws:neptune/cluster:Cluster"],
  frameworks: {
    "aws-fsbp": ["Neptune.1"],
    "nist-800-53-r5": ["SC-28", "SC-28(1)", "SC-13"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["3.5.1"],
    hipaa: ["164.312(a)(2)(iv)"],
  },
  remediation: "Set storageEncrypted: true (optionally kmsKeyArn) when creating the cluster.",
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
    compliant: [[{ type: "aws:neptune/cluster:Cluster", props: { engine: "neptune", storageEncrypted: true } }]],
    nonCompliant: [
      [{ type: "aws:neptune/cluster:Cluster", props: { engine: "neptune" } }],
      [{ type: "aws:neptune/cluster:Cluster", props: { storageEncrypted: false } }],
    ],
  },
});
