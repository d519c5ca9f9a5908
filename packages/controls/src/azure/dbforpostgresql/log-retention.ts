import { defineControl } from "../../model/control";
import { parameterCheck } from "../../shared/azure-server-parameters";
import { num } from "../../shared/text";

export const postgresLogRetention = defineControl({
  id: "azure-dbforpostgresql-log-retention",
  title: "PostgreSQL servers keep server logs for more than 3 days",
  rationale:
    "Server logs kept only briefly are gone before most incidents are noticed; CIS asks for more than three days on the server itself.",
  severity: "low",
  cloud: "azure",
  service: "dbforpostgresql",
  resourceTypes: ["azure-native:dbforpostgresql:Configuration", "azure-native:dbforpostgresql:SingleServerConfiguration"],
  frameworks: {
    "cis-azure-3.0": ["5.2.4"],
    "nist-800-53-r5": ["AU-11"],
    soc2: ["CC7.2"],
    "iso27001-2022": ["A.8.15"],
    "pci-dss-4.0": ["10.5.1"],
    hipaa: ["164.312(b)"],
  },
  remediation:
    "Set logfiles.retention_days (flexible server; log_retention_days on single server) to 4–7, and ship logs to Log Analytics for longer retention.",
  enforcementLevel: "advisory",
  tags: ["logging", "database"],
  check: parameterCheck(["logfiles.retention_days", "log_retention_days"], (v) => /^\d+$/.test(v) && num(v) > 3, "4 or more"),
  examples: {
    compliant: [
      [
        {
          type: "azure-native:dbforpostgresql:Configuration",
          props: { serverName: "pg", configurationName: "logfiles.retention_days", value: "7" },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "azure-native:dbforpostgresql:Configuration",
          props: { serverName: "pg", configurationName: "logfiles.retention_days", value: "3" },
        },
      ],
    ],
  },
});
