import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { SQL_INSTANCE } from "./flags";

const ENCRYPTED = ["ENCRYPTED_ONLY", "TRUSTED_CLIENT_CERTIFICATE_REQUIRED"];

export const sqlInstanceRequireSsl = defineControl({
  id: "gcp-sql-instance-require-ssl",
  title: "Cloud SQL instances accept only encrypted connections",
  rationale: "Unencrypted database connections expose credentials and query results to anyone on the network path.",
  severity: "high",
  cloud: "gcp",
  service: "sql",
  resourceTypes: [SQL_INSTANCE],
  frameworks: {
    "cis-gcp-5.0": ["6.4"],
    "cis-gcp-3.0": ["6.4"],
    "nist-800-53-r5": ["SC-8", "SC-8(1)", "SC-13"],
    soc2: ["CC6.7"],
    "iso27001-2022": ["A.8.24", "A.5.14"],
    "pci-dss-4.0": ["4.2.1"],
    hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"],
  },
  remediation: 'Set settings.ipConfiguration.sslMode to "ENCRYPTED_ONLY" (or "TRUSTED_CLIENT_CERTIFICATE_REQUIRED").',
  enforcementLevel: "mandatory",
  tags: ["database", "encryption-in-transit"],
  check: (r) => {
    const ip = r.props.settings?.ipConfiguration;
    const mode = ip && typeof ip === "object" ? ip.sslMode : undefined;
    if (typeof mode === "string" && ENCRYPTED.includes(mode)) return pass();
    // Older provider versions (and state written by them) carry the deprecated requireSsl.
    if ((mode === undefined || mode === null) && ip && typeof ip === "object" && ip.requireSsl === true) return pass();
    return fail(
      "settings.ipConfiguration.sslMode",
      `settings.ipConfiguration.sslMode is ${JSON.stringify(mode ?? "ALLOW_UNENCRYPTED_AND_ENCRYPTED")}; set it to "ENCRYPTED_ONLY"`,
    );
  },
  remediate: (r) => {
    const settings = r.props.settings;
    if (!settings || typeof settings !== "object") return undefined;
    const ip = settings.ipConfiguration && typeof settings.ipConfiguration === "object" ? settings.ipConfiguration : {};
    if (ENCRYPTED.includes(ip.sslMode)) return undefined;
    return { ...r.props, settings: { ...settings, ipConfiguration: { ...ip, sslMode: "ENCRYPTED_ONLY" } } };
  },
  preventive: [
    {
      kind: "gcp-custom-constraint",
      name: "custom.sqlInstanceRequireSsl",
      displayName: "Cloud SQL instances accept only encrypted connections",
      resourceTypes: ["sqladmin.googleapis.com/Instance"],
      methodTypes: ["CREATE", "UPDATE"],
      condition: "!(resource.settings.ipConfiguration.sslMode in ['ENCRYPTED_ONLY', 'TRUSTED_CLIENT_CERTIFICATE_REQUIRED'])",
      actionType: "DENY",
    },
  ],
  examples: {
    compliant: [
      [
        {
          type: SQL_INSTANCE,
          props: { databaseVersion: "POSTGRES_16", settings: { tier: "db-f1-micro", ipConfiguration: { sslMode: "ENCRYPTED_ONLY" } } },
        },
      ],
    ],
    nonCompliant: [
      [{ type: SQL_INSTANCE, props: { databaseVersion: "POSTGRES_16", settings: { tier: "db-f1-micro" } } }],
      [
        {
          type: SQL_INSTANCE,
          props: {
            databaseVersion: "MYSQL_8_0",
            settings: { tier: "db-f1-micro", ipConfiguration: { sslMode: "ALLOW_UNENCRYPTED_AND_ENCRYPTED" } },
          },
        },
      ],
    ],
  },
});
