import { defineControl } from "../../model/control";
import { sqlFlagControl } from "./flags";

export const sqlSqlserverUserOptions = defineControl(
  sqlFlagControl({
    id: "gcp-sql-sqlserver-user-options",
    engine: "SQLSERVER",
    flag: "user options",
    title: "Cloud SQL for SQL Server does not set user options",
    rationale: "Global user options change query defaults (e.g. ANSI settings) for every session, with effects that are easy to miss.",
    severity: "low",
    cis5: "6.3.4",
    cis3: "6.3.4",
    nist: ["CM-6", "CM-7"],
    expect: { kind: "absent" },
    good: undefined,
    bad: "32",
    constraint: "sqlSqlserverUserOptions",
  }),
);
