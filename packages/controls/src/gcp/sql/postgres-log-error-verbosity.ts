import { defineControl } from "../../model/control";
import { sqlFlagControl } from "./flags";

export const sqlPostgresLogErrorVerbosity = defineControl(
  sqlFlagControl({
    id: "gcp-sql-postgres-log-error-verbosity",
    engine: "POSTGRES",
    flag: "log_error_verbosity",
    title: "Cloud SQL for PostgreSQL sets log_error_verbosity to default or terse",
    rationale:
      "VERBOSE error logs add source locations and internals that bloat logs and can leak details; DEFAULT keeps what investigations need.",
    severity: "low",
    cis5: "6.2.1",
    cis3: "6.2.1",
    nist: ["AU-3", "AU-12"],
    expect: { kind: "oneOf", values: ["default", "terse"], absentOk: true },
    good: "default",
    bad: "verbose",
    constraint: "sqlPostgresLogErrorVerbosity",
  }),
);
