import { defineControl } from "../../model/control";
import { isOn, parameterCheck } from "../../shared/azure-server-parameters";

export const postgresLogCheckpoints = defineControl({
  id: "azure-dbforpostgresql-log-checkpoints",
  title: "PostgreSQL servers log checkpoints",
  rationale: "Checkpoint logs show I/O pressure and crash-recovery behaviour, and feed query and performance investigations.",
  severity: "low",
  cloud: "azure",
  service: "dbforpostgresql",
  resourceTypes: ["azure-native:dbforpostgresql:Configuration", "azure-native:dbforpostgresql:SingleServerConfiguration"],
  frameworks: {
    "cis-azure-3.0": ["5.2.2"],
    "nist-800-53-r5": ["AU-2", "AU-12"],
    soc2: ["CC7.2"],
    "iso27001-2022": ["A.8.15"],
    "pci-dss-4.0": ["10.2.1"],
    hipaa: ["164.312(b)"],
  },
  remediation: 'Keep the server parameter log_checkpoints at "ON"; do not declare a Configuration setting it to OFF.',
  enforcementLevel: "advisory",
  tags: ["logging", "database"],
  check: parameterCheck(["log_checkpoints"], isOn, '"ON"'),
  examples: {
    compliant: [
      [
        {
          type: "azure-native:dbforpostgresql:Configuration",
          props: { serverName: "pg", configurationName: "log_checkpoints", value: "on" },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "azure-native:dbforpostgresql:SingleServerConfiguration",
          props: { serverName: "pg", configurationName: "log_checkpoints", value: "OFF" },
        },
      ],
    ],
  },
});
