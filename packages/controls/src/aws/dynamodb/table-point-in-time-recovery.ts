import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

export const dynamodbTablePitr = defineControl({
  id: "aws-dynamodb-table-point-in-time-recovery",
  title: "DynamoDB tables have point-in-time recovery enabled",
  rationale:
    "Without point-in-time recovery an accidental or malicious bulk write or delete cannot be rolled back to the second before it.",
  severity: "medium",
  cloud: "aws",
  service: "dynamodb",
  resourceTypes: ["aws:dynamodb/table:Table"],
  frameworks: {
    "aws-fsbp": ["DynamoDB.2"],
    "nist-800-53-r5": ["CP-9", "CP-10", "CP-10(2)"],
    soc2: ["A1.2"],
    "iso27001-2022": ["A.8.13"],
    hipaa: ["164.308(a)(7)(ii)(A)"],
  },
  remediation: "Set pointInTimeRecovery: { enabled: true }.",
  enforcementLevel: "advisory",
  tags: ["resilience", "backup", "database"],
  check: (r) =>
    r.props.pointInTimeRecovery?.enabled === true
      ? pass()
      : fail(
          "pointInTimeRecovery.enabled",
          `pointInTimeRecovery.enabled is ${JSON.stringify(r.props.pointInTimeRecovery?.enabled ?? false)}; set it to true`,
        ),
  remediate: (r) =>
    r.props.pointInTimeRecovery?.enabled === true
      ? undefined
      : { ...r.props, pointInTimeRecovery: { ...(r.props.pointInTimeRecovery ?? {}), enabled: true } },
  examples: {
    compliant: [[{ type: "aws:dynamodb/table:Table", props: { hashKey: "id", pointInTimeRecovery: { enabled: true } } }]],
    nonCompliant: [[{ type: "aws:dynamodb/table:Table", props: { hashKey: "id" } }]],
  },
});
