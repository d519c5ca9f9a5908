import { defineControl } from "../../model/control";
import { sqlFlagControl } from "./flags";

export const sqlPostgresLogConnections = defineControl(
  sqlFlagControl({
    id: "gcp-sql-postgres-log-connections",
    engine: "POSTGRES",
    flag: "log_connections",
    title: "Cloud SQL for PostgreSQL logs connections",
    rationale: "Without log_connections, successful and attempted logins leave no trace to detect brute force or misuse.",
    severity: "medium",
    cis5: "6.2.2",
    cis3: "6.2.2",
    nist: ["AU-2", "AU-12"],
    expect: { kind: "oneOf", values: ["on"], absentOk: false },
    good: "on",
    bad: "off",
    constraint: "sqlPostgresLogConnections",
  }),
);
