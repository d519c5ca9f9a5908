import { defineControl } from "../../model/control";
import { fail, notApplicable, pass } from "../../model/verdict";
import { objectsOf } from "../../shared/network";
import { SQL_INSTANCE } from "./flags";

export const sqlIamDatabaseAuthentication = defineControl({
  id: "gcp-sql-iam-database-authentication",
  title: "Cloud SQL for MySQL and PostgreSQL allow IAM database authentication",
  rationale:
    "With IAM database authentication people and workloads log in with their Google identity and short-lived tokens instead of shared database passwords.",
  severity: "low",
  cloud: "gcp",
  service: "sql",
  resourceTypes: [SQL_INSTANCE],
  frameworks: {
    "cis-gcp-5.0": ["6.6"],
    "nist-800-53-r5": ["IA-2", "IA-5", "AC-2"],
    soc2: ["CC6.1", "CC6.2"],
    "iso27001-2022": ["A.5.16", "A.5.17"],
    "pci-dss-4.0": ["8.2.1", "8.3.2"],
    hipaa: ["164.312(d)"],
  },
  remediation: 'Set settings.databaseFlags { name: "cloudsql.iam_authentication", value: "on" } and create IAM database users.',
  enforcementLevel: "advisory",
  tags: ["database", "identity"],
  check: (r) => {
    const version = r.props.databaseVersion;
    if (typeof version !== "string" || !(version.startsWith("MYSQL") || version.startsWith("POSTGRES"))) {
      return notApplicable("applies to MySQL and PostgreSQL instances");
    }
    const flags = objectsOf(r.props.settings?.databaseFlags);
    const i = flags.findIndex((f) => f.name === "cloudsql.iam_authentication");
    if (i >= 0 && typeof flags[i].value === "string" && flags[i].value.toLowerCase() === "on") return pass();
    return fail(
      i >= 0 ? `settings.databaseFlags[${i}].value` : "settings.databaseFlags",
      'the "cloudsql.iam_authentication" flag is not on; set it to "on"',
    );
  },
  examples: {
    compliant: [
      [
        {
          type: SQL_INSTANCE,
          props: {
            databaseVersion: "POSTGRES_16",
            settings: { tier: "db-f1-micro", databaseFlags: [{ name: "cloudsql.iam_authentication", value: "on" }] },
          },
        },
      ],
    ],
    nonCompliant: [[{ type: SQL_INSTANCE, props: { databaseVersion: "MYSQL_8_0", settings: { tier: "db-f1-micro" } } }]],
  },
});
