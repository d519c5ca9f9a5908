import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

export const dynamodbTableDeletionProtection = defineControl({
  id: "aws-dynamodb-table-deletion-protection",
  title: "DynamoDB tables have deletion protection",
  rationale:
    "Deleting a table deletes its data at once; deletion protection stops a mistaken destroy, a replacement or a compromised principal.",
  severity: "medium",
  cloud: "aws",
  service: "dynamodb",
  resourceTypes: ["aws:dynamodb/table:Table"],
  frameworks: {
    "aws-fsbp": ["DynamoDB.6"],
    "nist-800-53-r5": ["CP-9", "SI-12"],
    soc2: ["A1.2"],
    "iso27001-2022": ["A.8.13"],
  },
  remediation: "Set deletionProtectionEnabled: true.",
  enforcementLevel: "advisory",
  tags: ["resilience", "database"],
  check: (r) =>
    r.props.deletionProtectionEnabled === true
      ? pass()
      : fail(
          "deletionProtectionEnabled",
          `deletionProtectionEnabled is ${r.props.deletionProtectionEnabled === undefined || r.props.deletionProtectionEnabled === null ? "not set (default false)" : JSON.stringify(r.props.deletionProtectionEnabled)}; set it to true`,
        ),
  examples: {
    compliant: [
      [
        {
          type: "aws:dynamodb/table:Table",
          props: {
            hashKey: "id",
            attributes: [{ name: "id", type: "S" }],
            billingMode: "PAY_PER_REQUEST",
            deletionProtectionEnabled: true,
          },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "aws:dynamodb/table:Table",
          props: { hashKey: "id", attributes: [{ name: "id", type: "S" }], billingMode: "PAY_PER_REQUEST" },
        },
      ],
    ],
  },
});
