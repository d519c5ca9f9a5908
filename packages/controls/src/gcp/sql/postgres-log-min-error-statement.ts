import { defineControl } from "../../model/control";
import { sqlFlagControl } from "./flags";

export const sqlPostgresLogMinErrorStatement = defineControl(
  sqlFlagControl({
    id: "gcp-sql-postgres-log-min-error-statement",
    engine: "POSTGRES",
    flag: "log_min_error_statement",
    title: "Cloud SQL for PostgreSQL sets log_min_error_statement to error or stricter",
    rationale: "Logging the statements that caused errors identifies injection attempts; more verbose levels flood the log with noise.",
    severity: "low",
    cis5: "6.2.6",
    cis3: "6.2.6",
    nist: ["AU-2", "AU-12"],
    expect: { kind: "oneOf", values: ["error", "log", "fatal", "panic"], absentOk: true },
    good: "error",
    bad: "debug5",
    constraint: "sqlPostgresLogMinErrorStatement",
  }),
);
