import { defineControl } from "../../model/control";
import { isOn, parameterCheck } from "../../shared/azure-server-parameters";

export const postgresRequireSecureTransport = defineControl({
  id: "azure-dbforpostgresql-require-secure-transport",
  title: "PostgreSQL servers require TLS for every connection",
  rationale: "With require_secure_transport off, clients may connect in clear text and send passwords and data unencrypted.",
  severity: "high",
  cloud: "azure",
  service: "dbforpostgresql",
  resourceTypes: ["azure-native:dbforpostgresql:Configuration", "azure-native:dbforpostgresql:SingleServerConfiguration"],
  frameworks: {
    "cis-azure-3.0": ["5.2.1"],
    "nist-800-53-r5": ["SC-8", "SC-8(1)"],
    soc2: ["CC6.7"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["4.2.1"],
    hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"],
  },
  remediation:
    'Keep the server parameter require_secure_transport at "ON" (the flexible server default); do not declare a Configuration setting it to OFF.',
  enforcementLevel: "mandatory",
  tags: ["encryption-in-transit", "database"],
  check: parameterCheck(["require_secure_transport"], isOn, '"ON"'),
  examples: {
    compliant: [
      [
        {
          type: "azure-native:dbforpostgresql:Configuration",
          props: { serverName: "pg", configurationName: "require_secure_transport", value: "ON", source: "user-override" },
        },
      ],
      [{ type: "azure-native:dbforpostgresql:Configuration", props: { serverName: "pg", configurationName: "work_mem", value: "8192" } }],
    ],
    nonCompliant: [
      [
        {
          type: "azure-native:dbforpostgresql:Configuration",
          props: { serverName: "pg", configurationName: "require_secure_transport", value: "off" },
        },
      ],
    ],
  },
});
