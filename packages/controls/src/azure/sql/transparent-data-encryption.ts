import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { same } from "../../shared/azure";

export const sqlTransparentDataEncryption = defineControl({
  id: "azure-sql-transparent-data-encryption",
  title: "Azure SQL databases keep transparent data encryption on",
  rationale:
    "TDE encrypts database files, backups and logs at rest; turning it off leaves copies of the data readable wherever they end up.",
  severity: "high",
  cloud: "azure",
  service: "sql",
  resourceTypes: ["azure-native:sql:TransparentDataEncryption"],
  frameworks: {
    "cis-azure-3.0": ["5.1.5"],
    "nist-800-53-r5": ["SC-28", "SC-28(1)"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["3.5.1"],
    hipaa: ["164.312(a)(2)(iv)"],
  },
  remediation: 'Set state: "Enabled" (the default for new databases).',
  enforcementLevel: "mandatory",
  tags: ["encryption-at-rest", "database"],
  check: (r) =>
    same(r.props.state, "Enabled") ? pass() : fail("state", `state is ${JSON.stringify(r.props.state ?? "unset")}; set it to "Enabled"`),
  remediate: (r) => (same(r.props.state, "Enabled") ? undefined : { ...r.props, state: "Enabled" }),
  examples: {
    compliant: [
      [{ type: "azure-native:sql:TransparentDataEncryption", props: { serverName: "db", databaseName: "orders", state: "Enabled" } }],
    ],
    nonCompliant: [
      [{ type: "azure-native:sql:TransparentDataEncryption", props: { serverName: "db", databaseName: "orders", state: "Disabled" } }],
    ],
  },
});
