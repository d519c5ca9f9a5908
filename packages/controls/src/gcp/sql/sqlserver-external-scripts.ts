import { defineControl } from "../../model/control";
import { sqlFlagControl } from "./flags";

export const sqlSqlserverExternalScripts = defineControl(
  sqlFlagControl({
    id: "gcp-sql-sqlserver-external-scripts",
    engine: "SQLSERVER",
    flag: "external scripts enabled",
    title: "Cloud SQL for SQL Server sets external scripts enabled to off",
    rationale: "External scripts run R or Python outside the database engine's security boundary with the service's privileges.",
    severity: "medium",
    cis5: "6.3.1",
    cis3: "6.3.1",
    nist: ["CM-7", "AC-3"],
    expect: { kind: "oneOf", values: ["off"], absentOk: true },
    good: "off",
    bad: "on",
    constraint: "sqlSqlserverExternalScripts",
  }),
);
