import { defineControl } from "../../model/control";
import { sqlFlagControl } from "./flags";

export const sqlPostgresLogMinMessages = defineControl(
  sqlFlagControl({
    id: "gcp-sql-postgres-log-min-messages",
    engine: "POSTGRES",
    flag: "log_min_messages",
    title: "Cloud SQL for PostgreSQL logs messages of severity warning and above (log_min_messages)",
    rationale: "A log_min_messages of error or higher drops warnings that often precede failures and attacks.",
    severity: "low",
    cis5: "6.2.5",
    cis3: "6.2.5",
    nist: ["AU-2", "AU-12"],
    expect: { kind: "oneOf", values: ["debug5", "debug4", "debug3", "debug2", "debug1", "info", "notice", "warning"], absentOk: true },
    good: "warning",
    bad: "panic",
    constraint: "sqlPostgresLogMinMessages",
  }),
);
