import { defineControl } from "../../model/control";
import { sqlFlagControl } from "./flags";

export const sqlMysqlLocalInfile = defineControl(
  sqlFlagControl({
    id: "gcp-sql-mysql-local-infile",
    engine: "MYSQL",
    flag: "local_infile",
    title: "Cloud SQL for MySQL sets local_infile to off",
    rationale: "LOAD DATA LOCAL lets a compromised server read files from the client host; turning local_infile off closes that path.",
    severity: "medium",
    cis5: "6.1.3",
    cis3: "6.1.3",
    nist: ["CM-7", "AC-3"],
    expect: { kind: "oneOf", values: ["off"], absentOk: false },
    good: "off",
    bad: "on",
    constraint: "sqlMysqlLocalInfile",
  }),
);
