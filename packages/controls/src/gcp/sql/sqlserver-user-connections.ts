import { defineControl } from "../../model/control";
import { sqlFlagControl } from "./flags";

export const sqlSqlserverUserConnections = defineControl(
  sqlFlagControl({
    id: "gcp-sql-sqlserver-user-connections",
    engine: "SQLSERVER",
    flag: "user connections",
    title: "Cloud SQL for SQL Server does not limit user connections",
    rationale: "A low user connections limit lets a few sessions lock everyone else out: a self-inflicted denial of service.",
    severity: "low",
    cis5: "6.3.3",
    cis3: "6.3.3",
    nist: ["SC-5", "CM-6"],
    expect: { kind: "oneOf", values: ["0"], absentOk: true },
    good: "0",
    bad: "10",
    constraint: "sqlSqlserverUserConnections",
  }),
);
