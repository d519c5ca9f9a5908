import { defineControl } from "../../model/control";
import { sqlFlagControl } from "./flags";

export const sqlPostgresLogMinDurationStatement = defineControl(
  sqlFlagControl({
    id: "gcp-sql-postgres-log-min-duration-statement",
    engine: "POSTGRES",
    flag: "log_min_duration_statement",
    title: "Cloud SQL for PostgreSQL does not log statement text by duration (log_min_duration_statement -1)",
    rationale: "Logging full statements by duration writes query text, often containing personal data or secrets, into the logs.",
    severity: "low",
    cis5: "6.2.7",
    cis3: "6.2.7",
    nist: ["AU-3", "SC-28"],
    expect: { kind: "oneOf", values: ["-1"], absentOk: true },
    good: "-1",
    bad: "0",
    constraint: "sqlPostgresLogMinDurationStatement",
  }),
);
