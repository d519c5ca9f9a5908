import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { SQL_INSTANCE } from "./flags";

export const sqlInstanceNoPublicIp = defineControl({
  id: "gcp-sql-instance-no-public-ip",
  title: "Cloud SQL instances have no public IP address",
  rationale: "A public IP exposes the database listener to the internet; private IP (or Private Service Connect) keeps it inside the VPC.",
  severity: "high",
  cloud: "gcp",
  service: "sql",
  resourceTypes: [SQL_INSTANCE],
  frameworks: {
    "cis-gcp-5.0": ["6.7"],
    "cis-gcp-3.0": ["6.6"],
    "nist-800-53-r5": ["SC-7", "AC-4"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.20", "A.8.22"],
    "pci-dss-4.0": ["1.3.1", "1.4.4"],
    hipaa: ["164.312(e)(1)"],
  },
  remediation: "Set settings.ipConfiguration { ipv4Enabled: false, privateNetwork: <VPC id> } (or pscConfigs for Private Service Connect).",
  enforcementLevel: "mandatory",
  tags: ["database", "public-exposure"],
  check: (r) => {
    const ip = r.props.settings?.ipConfiguration;
    // The provider (and the API) default ipv4Enabled to true.
    const enabled = ip && typeof ip === "object" ? ip.ipv4Enabled : undefined;
    return enabled === false
      ? pass()
      : fail(
          "settings.ipConfiguration.ipv4Enabled",
          `settings.ipConfiguration.ipv4Enabled is ${JSON.stringify(enabled ?? true)}; set it to false and use a private network`,
        );
  },
  preventive: [{ kind: "gcp-org-policy", constraint: "sql.restrictPublicIp", constraintType: "boolean", enforce: true }],
  examples: {
    compliant: [
      [
        {
          type: SQL_INSTANCE,
          props: {
            databaseVersion: "POSTGRES_16",
            settings: { tier: "db-f1-micro", ipConfiguration: { ipv4Enabled: false, privateNetwork: "projects/n/global/networks/vpc" } },
          },
        },
      ],
    ],
    nonCompliant: [
      [{ type: SQL_INSTANCE, props: { databaseVersion: "POSTGRES_16", settings: { tier: "db-f1-micro" } } }],
      [
        {
          type: SQL_INSTANCE,
          props: { databaseVersion: "MYSQL_8_0", settings: { tier: "db-f1-micro", ipConfiguration: { ipv4Enabled: true } } },
        },
      ],
    ],
  },
});
