import { defineControl } from "../../model/control";
import { sqlFlagControl } from "./flags";

export const sqlPostgresPgaudit = defineControl(
  sqlFlagControl({
    id: "gcp-sql-postgres-pgaudit",
    engine: "POSTGRES",
    flag: "cloudsql.enable_pgaudit",
    title: "Cloud SQL for PostgreSQL enables pgAudit (cloudsql.enable_pgaudit)",
    rationale: "pgAudit records who read and changed what inside the database, in Cloud Audit Logs, for central analysis.",
    severity: "medium",
    cis5: "6.2.8",
    cis3: "6.2.8",
    nist: ["AU-2", "AU-12", "AU-3"],
    expect: { kind: "oneOf", values: ["on"], absentOk: false },
    good: "on",
    bad: "off",
    constraint: "sqlPostgresPgaudit",
  }),
);
