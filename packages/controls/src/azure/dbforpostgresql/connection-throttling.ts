import { defineControl } from "../../model/control";
import { isOn, parameterCheck } from "../../shared/azure-server-parameters";

export const postgresConnectionThrottling = defineControl({
  id: "azure-dbforpostgresql-connection-throttling",
  title: "PostgreSQL servers throttle repeated failed logins",
  rationale: "Connection throttling slows password guessing by delaying connections from an address after too many failed logins.",
  severity: "medium",
  cloud: "azure",
  service: "dbforpostgresql",
  resourceTypes: ["azure-native:dbforpostgresql:Configuration", "azure-native:dbforpostgresql:SingleServerConfiguration"],
  frameworks: {
    "cis-azure-3.0": ["5.2.3"],
    "nist-800-53-r5": ["AC-7(4)", "SC-5"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.8.5"],
    "pci-dss-4.0": ["8.3.4"],
  },
  remediation: 'Set the server parameter connection_throttle.enable (flexible server; connection_throttling on single server) to "ON".',
  enforcementLevel: "advisory",
  tags: ["identity", "database"],
  check: parameterCheck(["connection_throttle.enable", "connection_throttling"], isOn, '"ON"'),
  examples: {
    compliant: [
      [
        {
          type: "azure-native:dbforpostgresql:Configuration",
          props: { serverName: "pg", configurationName: "connection_throttle.enable", value: "ON" },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "azure-native:dbforpostgresql:Configuration",
          props: { serverName: "pg", configurationName: "connection_throttle.enable", value: "OFF" },
        },
      ],
      [
        {
          type: "azure-native:dbforpostgresql:SingleServerConfiguration",
          props: { serverName: "pg", configurationName: "connection_throttling", value: "off" },
        },
      ],
    ],
  },
});
