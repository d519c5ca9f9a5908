import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

/** Aurora and Multi-AZ DB clusters; Aurora Serverless v1 (engineMode "serverless") is always encrypted. */
export const rdsClusterStorageEncrypted = defineControl({
  id: "aws-rds-cluster-storage-encrypted",
  title: "RDS and Aurora DB clusters encrypt their storage",
  rationale:
    "An unencrypted cluster volume leaves every instance's data, its backups and snapshots in clear; encryption cannot be turned on after creation.",
  severity: "high",
  cloud: "aws",
  service: "rds",
  resourceTypes: ["aws:rds/cluster:Cluster"],
  frameworks: {
    "cis-aws-7.0": ["3.2.1"],
    "cis-aws-3.0": ["2.3.1"],
    "aws-fsbp": ["RDS.27"],
    "nist-800-53-r5": ["SC-28", "SC-28(1)", "SC-13"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["3.5.1"],
    hipaa: ["164.312(a)(2)(iv)"],
  },
  remediation:
    "Set storageEncrypted: true (and kmsKeyId to a customer-managed key) on the cluster; existing clusters migrate through an encrypted snapshot restore.",
  enforcementLevel: "mandatory",
  tags: ["encryption", "data-protection", "database"],
  check: (r) => {
    if (r.props.storageEncrypted === true) return pass();
    if (r.props.engineMode === "serverless") return pass();
    return fail("storageEncrypted", `storageEncrypted is ${JSON.stringify(r.props.storageEncrypted ?? false)}; set it to true`);
  },
  preventive: [
    {
      kind: "aws-scp",
      statements: () => [
        {
          Sid: "DenyUnencryptedRdsClusters",
          Effect: "Deny",
          Action: "rds:CreateDBCluster",
          Resource: "*",
          Condition: { Bool: { "rds:StorageEncrypted": "false" } },
        },
      ],
    },
  ],
  examples: {
    compliant: [
      [{ type: "aws:rds/cluster:Cluster", props: { engine: "aurora-postgresql", storageEncrypted: true } }],
      [{ type: "aws:rds/cluster:Cluster", props: { engine: "aurora-mysql", engineMode: "serverless" } }],
    ],
    nonCompliant: [
      [{ type: "aws:rds/cluster:Cluster", props: { engine: "aurora-postgresql" } }],
      [{ type: "aws:rds/cluster:Cluster", props: { engine: "aurora-mysql", engineMode: "provisioned", storageEncrypted: false } }],
    ],
  },
});
