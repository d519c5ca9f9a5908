import { defineControl } from "../../model/control";
import { sqlFlagControl } from "./flags";

export const sqlSqlserverCrossDbOwnershipChaining = defineControl(
  sqlFlagControl({
    id: "gcp-sql-sqlserver-cross-db-ownership-chaining",
    engine: "SQLSERVER",
    flag: "cross db ownership chaining",
    title: "Cloud SQL for SQL Server sets cross db ownership chaining to off",
    rationale: "Cross-database ownership chaining lets a user of one database reach objects in another without a permission check.",
    severity: "medium",
    cis5: "6.3.2",
    cis3: "6.3.2",
    nist: ["AC-3", "AC-6"],
    expect: { kind: "oneOf", values: ["off"], absentOk: true },
    good: "off",
    bad: "on",
    constraint: "sqlSqlserverCrossDbOwnershipChaining",
  }),
);
