import { defineControl } from "../../model/control";
import { sqlFlagControl } from "./flags";

export const sqlSqlserverTraceFlag3625 = defineControl(
  sqlFlagControl({
    id: "gcp-sql-sqlserver-trace-flag-3625",
    engine: "SQLSERVER",
    flag: "3625",
    title: "Cloud SQL for SQL Server sets trace flag 3625 to on",
    rationale: "Trace flag 3625 masks parameters of error messages for non-sysadmin users, so errors do not disclose data.",
    severity: "low",
    cis5: "6.3.6",
    cis3: "6.3.6",
    nist: ["SC-28", "CM-6"],
    expect: { kind: "oneOf", values: ["on"], absentOk: false },
    good: "on",
    bad: "off",
    constraint: "sqlSqlserverTraceFlag3625",
  }),
);
