import { defineControl } from "../../model/control";
import { sqlFlagControl } from "./flags";

export const sqlSqlserverRemoteAccess = defineControl(
  sqlFlagControl({
    id: "gcp-sql-sqlserver-remote-access",
    engine: "SQLSERVER",
    flag: "remote access",
    title: "Cloud SQL for SQL Server sets remote access to off",
    rationale: "Remote access lets stored procedures run on remote servers, a path for denial of service and lateral movement.",
    severity: "medium",
    cis5: "6.3.5",
    cis3: "6.3.5",
    nist: ["AC-17", "CM-7"],
    expect: { kind: "oneOf", values: ["off"], absentOk: false },
    good: "off",
    bad: "on",
    constraint: "sqlSqlserverRemoteAccess",
  }),
);
