import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { azurePolicy } from "../../shared/azure-policy";

const ACCEPTED = ["1.2", "1.3"];

export const sqlMinimumTls = defineControl({
  id: "azure-sql-minimum-tls",
  title: "Azure SQL logical servers require TLS 1.2 or newer",
  rationale: "Clients on TLS 1.0/1.1 expose credentials and data to known protocol attacks; the server should refuse them.",
  severity: "medium",
  cloud: "azure",
  service: "sql",
  resourceTypes: ["azure-native:sql:Server"],
  frameworks: {
    "nist-800-53-r5": ["SC-8", "SC-8(1)", "SC-13"],
    soc2: ["CC6.7"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["4.2.1"],
    hipaa: ["164.312(e)(2)(ii)"],
  },
  remediation: 'Set minimalTlsVersion: "1.2".',
  enforcementLevel: "mandatory",
  tags: ["encryption-in-transit", "database"],
  check: (r) =>
    ACCEPTED.includes(r.props.minimalTlsVersion)
      ? pass()
      : fail("minimalTlsVersion", `minimalTlsVersion is ${JSON.stringify(r.props.minimalTlsVersion ?? "unset")}; set it to "1.2"`),
  // Clients that cannot do TLS 1.2 are already unsupported by Azure SQL: safe to raise.
  remediate: (r) => (ACCEPTED.includes(r.props.minimalTlsVersion) ? undefined : { ...r.props, minimalTlsVersion: "1.2" }),
  preventive: [
    azurePolicy({
      name: "palisade-sql-minimum-tls",
      displayName: "Azure SQL servers must require TLS 1.2 or newer",
      description:
        "Denies Azure SQL logical servers whose minimal TLS version is unset or below 1.2 (Palisade control azure-sql-minimum-tls).",
      nonCompliantWhen: {
        allOf: [
          { field: "type", equals: "Microsoft.Sql/servers" },
          {
            anyOf: [
              { field: "Microsoft.Sql/servers/minimalTlsVersion", exists: "false" },
              { field: "Microsoft.Sql/servers/minimalTlsVersion", notIn: ACCEPTED },
            ],
          },
        ],
      },
    }),
  ],
  examples: {
    compliant: [[{ type: "azure-native:sql:Server", props: { version: "12.0", minimalTlsVersion: "1.2" } }]],
    nonCompliant: [
      [{ type: "azure-native:sql:Server", props: { version: "12.0", minimalTlsVersion: "1.0" } }],
      [{ type: "azure-native:sql:Server", props: { version: "12.0" } }],
    ],
  },
});
