import { defineControl } from "../../model/control";
import { isOn, parameterCheck } from "../../shared/azure-server-parameters";

export const postgresLogConnections = defineControl({
  id: "azure-dbforpostgresql-log-connections",
  title: "PostgreSQL servers log connections and disconnections",
  rationale:
    "Connection logs show who connected from where and for how long: the first evidence asked for when a database is suspected of misuse.",
  severity: "low",
  cloud: "azure",
  service: "dbforpostgresql",
  resourceTypes: ["azure-native:dbforpostgresql:Configuration", "azure-native:dbforpostgresql:SingleServerConfiguration"],
  frameworks: {
    "cis-azure-3.0": ["5.2.6", "5.2.7"],
    "nist-800-53-r5": ["AU-2", "AU-12", "AC-2(4)"],
    soc2: ["CC7.2"],
    "iso27001-2022": ["A.8.15"],
    "pci-dss-4.0": ["10.2.1", "10.2.1.5"],
    hipaa: ["164.312(b)"],
  },
  remediation: 'Set the server parameters log_connections and log_disconnections to "ON".',
  enforcementLevel: "advisory",
  tags: ["logging", "database"],
  check: parameterCheck(["log_connections", "log_disconnections"], isOn, '"ON"'),
  examples: {
    compliant: [
      [
        {
          type: "azure-native:dbforpostgresql:SingleServerConfiguration",
          props: { serverName: "pg", configurationName: "log_connections", value: "ON" },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "azure-native:dbforpostgresql:Configuration",
          props: { serverName: "pg", configurationName: "log_disconnections", value: "off" },
        },
      ],
    ],
  },
});
