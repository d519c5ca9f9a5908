import { defineControl } from "../../model/control";
import { fail, notApplicable, pass } from "../../model/verdict";
import { SQL_INSTANCE } from "./flags";

export const sqlInstanceBackups = defineControl({
  id: "gcp-sql-instance-backups",
  title: "Cloud SQL instances take automated backups",
  rationale:
    "Automated backups (with point-in-time recovery) are the way back from data loss, corruption and ransomware inside the database.",
  severity: "medium",
  cloud: "gcp",
  service: "sql",
  resourceTypes: [SQL_INSTANCE],
  frameworks: {
    "cis-gcp-5.0": ["6.8"],
    "cis-gcp-3.0": ["6.7"],
    "nist-800-53-r5": ["CP-9", "CP-10"],
    soc2: ["A1.2"],
    "iso27001-2022": ["A.8.13"],
    "pci-dss-4.0": ["12.10.5"],
    hipaa: ["164.308(a)(7)(ii)(A)"],
  },
  remediation: "Set settings.backupConfiguration { enabled: true, pointInTimeRecoveryEnabled: true }.",
  enforcementLevel: "mandatory",
  tags: ["database", "resilience"],
  check: (r) => {
    const master = r.props.masterInstanceName;
    if (typeof master === "string" && master !== "") return notApplicable("read replicas are not backed up; their primary is");
    const enabled = r.props.settings?.backupConfiguration?.enabled;
    return enabled === true
      ? pass()
      : fail(
          "settings.backupConfiguration.enabled",
          `settings.backupConfiguration.enabled is ${JSON.stringify(enabled ?? false)}; set it to true`,
        );
  },
  preventive: [
    {
      kind: "gcp-custom-constraint",
      name: "custom.sqlInstanceBackups",
      displayName: "Cloud SQL primary instances take automated backups",
      resourceTypes: ["sqladmin.googleapis.com/Instance"],
      methodTypes: ["CREATE", "UPDATE"],
      condition: "resource.instanceType == 'CLOUD_SQL_INSTANCE' && resource.settings.backupConfiguration.enabled == false",
      actionType: "DENY",
    },
  ],
  examples: {
    compliant: [
      [
        {
          type: SQL_INSTANCE,
          props: {
            databaseVersion: "POSTGRES_16",
            settings: { tier: "db-f1-micro", backupConfiguration: { enabled: true, pointInTimeRecoveryEnabled: true } },
          },
        },
      ],
      [{ type: SQL_INSTANCE, props: { databaseVersion: "POSTGRES_16", masterInstanceName: "primary", settings: { tier: "db-f1-micro" } } }],
    ],
    nonCompliant: [[{ type: SQL_INSTANCE, props: { databaseVersion: "POSTGRES_16", settings: { tier: "db-f1-micro" } } }]],
  },
});
