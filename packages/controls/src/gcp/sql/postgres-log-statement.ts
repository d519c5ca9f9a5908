import { defineControl } from "../../model/control";
import { sqlFlagControl } from "./flags";

export const sqlPostgresLogStatement = defineControl(
  sqlFlagControl({
    id: "gcp-sql-postgres-log-statement",
    engine: "POSTGRES",
    flag: "log_statement",
    title: "Cloud SQL for PostgreSQL logs DDL statements (log_statement)",
    rationale: "With log_statement none, schema changes and privilege grants inside the database leave no record.",
    severity: "low",
    cis5: "6.2.4",
    cis3: "6.2.4",
    nist: ["AU-2", "AU-12"],
    expect: { kind: "oneOf", values: ["ddl", "mod", "all"], absentOk: false },
    good: "ddl",
    bad: "none",
    constraint: "sqlPostgresLogStatement",
  }),
);
