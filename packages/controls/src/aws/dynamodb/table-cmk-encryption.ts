import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

/**
 * DynamoDB always encrypts at rest, by default with an AWS-owned key nobody can audit or restrict.
 * `serverSideEncryption.enabled` without `kmsKeyArn` uses the AWS-managed aws/dynamodb key; a
 * customer-managed key puts the table's data under a key policy the account controls.
 */
export const dynamodbTableCmkEncryption = defineControl({
  id: "aws-dynamodb-table-cmk-encryption",
  title: "DynamoDB tables are encrypted with a customer-managed KMS key",
  rationale:
    "With an AWS-owned key, access to the data is governed only by DynamoDB permissions; a customer-managed key adds a key policy, usage records in CloudTrail and the ability to revoke access by disabling the key.",
  severity: "low",
  cloud: "aws",
  service: "dynamodb",
  resourceTypes: ["aws:dynamodb/table:Table"],
  frameworks: {
    "nist-800-53-r5": ["SC-28", "SC-28(1)", "SC-12", "SC-13"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["3.5.1", "3.6.1"],
    hipaa: ["164.312(a)(2)(iv)"],
  },
  remediation: "Set serverSideEncryption: { enabled: true, kmsKeyArn: key.arn } with a customer-managed key.",
  enforcementLevel: "advisory",
  tags: ["encryption", "key-management", "database"],
  check: (r) => {
    const sse = r.props.serverSideEncryption;
    if (sse?.enabled !== true) {
      return fail(
        "serverSideEncryption.enabled",
        `serverSideEncryption.enabled is ${JSON.stringify(sse?.enabled ?? false)} (AWS-owned key); set it to true with kmsKeyArn`,
      );
    }
    const key = sse.kmsKeyArn;
    return typeof key === "string" && key.trim() !== ""
      ? pass()
      : fail(
          "serverSideEncryption.kmsKeyArn",
          "serverSideEncryption.kmsKeyArn is not set (AWS-managed aws/dynamodb key); set it to a customer-managed key",
        );
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:dynamodb/table:Table",
          props: { hashKey: "id", serverSideEncryption: { enabled: true, kmsKeyArn: "arn:aws:kms:eu-west-1:111122223333:key/1" } },
        },
      ],
    ],
    nonCompliant: [
      [{ type: "aws:dynamodb/table:Table", props: { hashKey: "id" } }],
      [{ type: "aws:dynamodb/table:Table", props: { hashKey: "id", serverSideEncryption: { enabled: true } } }],
    ],
  },
});
