import { defineControl } from "../../model/control";
import { sqlFlagControl } from "./flags";

export const sqlPostgresLogDisconnections = defineControl(
  sqlFlagControl({
    id: "gcp-sql-postgres-log-disconnections",
    engine: "POSTGRES",
    flag: "log_disconnections",
    title: "Cloud SQL for PostgreSQL logs disconnections",
    rationale: "Disconnection records give session durations, which connect login records to activity during investigations.",
    severity: "medium",
    cis5: "6.2.3",
    cis3: "6.2.3",
    nist: ["AU-2", "AU-12"],
    expect: { kind: "oneOf", values: ["on"], absentOk: false },
    good: "on",
    bad: "off",
    constraint: "sqlPostgresLogDisconnections",
  }),
);
