import { defineControl } from "../../model/control";
import { sqlFlagControl } from "./flags";

export const sqlSqlserverContainedDatabaseAuthentication = defineControl(
  sqlFlagControl({
    id: "gcp-sql-sqlserver-contained-database-authentication",
    engine: "SQLSERVER",
    flag: "contained database authentication",
    title: "Cloud SQL for SQL Server sets contained database authentication to off",
    rationale: "Contained database users authenticate inside a database, outside the server's login policy and auditing.",
    severity: "medium",
    cis5: "6.3.7",
    cis3: "6.3.7",
    nist: ["IA-2", "AC-2"],
    expect: { kind: "oneOf", values: ["off"], absentOk: true },
    good: "off",
    bad: "on",
    constraint: "sqlSqlserverContainedDatabaseAuthentication",
  }),
);
