import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { SQL_INSTANCE } from "./flags";

export const sqlInstanceDeletionProtection = defineControl({
  id: "gcp-sql-instance-deletion-protection",
  title: "Cloud SQL instances have deletion protection enabled in Google Cloud",
  rationale:
    "Deletion protection on the instance itself stops deletion from any client (console, gcloud, API), not only from this Pulumi program.",
  severity: "low",
  cloud: "gcp",
  service: "sql",
  resourceTypes: [SQL_INSTANCE],
  frameworks: {
    "cis-gcp-5.0": ["6.9"],
    "nist-800-53-r5": ["CP-9", "CP-10"],
    soc2: ["A1.2"],
    "iso27001-2022": ["A.8.13"],
    "pci-dss-4.0": ["12.10.5"],
    hipaa: ["164.308(a)(7)(ii)(A)"],
  },
  remediation: "Set settings.deletionProtectionEnabled: true (and keep deletionProtection: true in the program).",
  enforcementLevel: "advisory",
  tags: ["database", "resilience"],
  check: (r) =>
    r.props.settings?.deletionProtectionEnabled === true
      ? pass()
      : fail("settings.deletionProtectionEnabled", "settings.deletionProtectionEnabled is not true; set it to true"),
  examples: {
    compliant: [
      [{ type: SQL_INSTANCE, props: { databaseVersion: "MYSQL_8_0", settings: { tier: "db-f1-micro", deletionProtectionEnabled: true } } }],
    ],
    nonCompliant: [[{ type: SQL_INSTANCE, props: { databaseVersion: "MYSQL_8_0", settings: { tier: "db-f1-micro" } } }]],
  },
});
