import { defineControl } from "../../model/control";
import { sqlFlagControl } from "./flags";

export const sqlMysqlSkipShowDatabase = defineControl(
  sqlFlagControl({
    id: "gcp-sql-mysql-skip-show-database",
    engine: "MYSQL",
    flag: "skip_show_database",
    title: "Cloud SQL for MySQL sets skip_show_database to on",
    rationale:
      "With skip_show_database on, SHOW DATABASES lists only the databases a user has privileges on, hiding the rest from enumeration.",
    severity: "low",
    cis5: "6.1.2",
    cis3: "6.1.2",
    nist: ["AC-6", "CM-7"],
    expect: { kind: "oneOf", values: ["on"], absentOk: false },
    good: "on",
    bad: "off",
    constraint: "sqlMysqlSkipShowDatabase",
  }),
);
