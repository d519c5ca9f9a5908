import { defineControl } from "../../model/control";
import { fail, notApplicable, pass } from "../../model/verdict";

export const rdsInstanceStorageEncrypted = defineControl({
  id: "aws-rds-instance-storage-encrypted",
  title: "RDS DB instances encrypt their storage",
  rationale:
    "An unencrypted DB instance leaves its storage, automated backups, read replicas and snapshots readable by anyone who can copy or share a snapshot; encryption cannot be added later without a snapshot-restore migration.",
  severity: "high",
  cloud: "aws",
  service: "rds",
  resourceTypes: ["aws:rds/instance:Instance"],
  frameworks: {
    "cis-aws-7.0": ["3.2.1"],
    "cis-aws-3.0": ["2.3.1"],
    "aws-fsbp": ["RDS.3"],
    "nist-800-53-r5": ["SC-28", "SC-28(1)", "SC-13"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["3.5.1"],
    hipaa: ["164.312(a)(2)(iv)"],
  },
  remediation:
    "Set storageEncrypted: true (and kmsKeyId to a customer-managed key) when creating the instance; migrate existing ones through an encrypted snapshot copy.",
  enforcementLevel: "mandatory",
  tags: ["encryption", "data-protection", "database"],
  check: (r) => {
    if (r.props.storageEncrypted === true) return pass();
    const source = r.props.replicateSourceDb;
    if (typeof source === "string" && source.trim() !== "" && r.props.storageEncrypted === undefined) {
      return notApplicable("a read replica inherits the encryption of its source instance");
    }
    return fail("storageEncrypted", `storageEncrypted is ${JSON.stringify(r.props.storageEncrypted ?? false)}; set it to true`);
  },
  preventive: [
    {
      kind: "aws-scp",
      statements: () => [
        {
          Sid: "DenyUnencryptedRdsInstances",
          Effect: "Deny",
          Action: "rds:CreateDBInstance",
          Resource: "*",
          Condition: { Bool: { "rds:StorageEncrypted": "false" } },
        },
      ],
    },
  ],
  examples: {
    compliant: [
      [{ type: "aws:rds/instance:Instance", props: { instanceClass: "db.t3.micro", engine: "postgres", storageEncrypted: true } }],
      [
        {
          type: "aws:rds/instance:Instance",
          props: { instanceClass: "db.t3.micro", replicateSourceDb: "arn:aws:rds:eu-west-1:111122223333:db:primary" },
        },
      ],
    ],
    nonCompliant: [
      [{ type: "aws:rds/instance:Instance", props: { instanceClass: "db.t3.micro", engine: "mysql" } }],
      [{ type: "aws:rds/instance:Instance", props: { instanceClass: "db.t3.micro", engine: "mysql", storageEncrypted: false } }],
    ],
  },
});
