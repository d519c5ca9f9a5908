import { defineControl, type StackResource } from "../../model/control";
import { peek } from "../../model/unknowns";
import { cannotEvaluate, failAll, type Violation } from "../../model/verdict";

const SERVER = "azure-native:dbformysql:Server";
const CONFIGURATION = ["azure-native:dbformysql:Configuration"];

function nameOf(c: StackResource): { known: boolean; value?: string } {
  const n = peek(c.props, "configurationName");
  if (!n.known) return { known: false };
  return { known: true, value: (typeof n.value === "string" && n.value !== "" ? n.value : c.name).toLowerCase() };
}

/** The server's audit log settings live in separate Configuration resources; both must be present. */
export const mysqlAuditLog = defineControl({
  id: "azure-dbformysql-audit-log",
  title: "MySQL flexible servers write an audit log that includes connections",
  rationale:
    "The audit log (off by default) records connections and statements; without CONNECTION events, logins cannot be traced after the fact.",
  severity: "medium",
  cloud: "azure",
  service: "dbformysql",
  resourceTypes: [SERVER],
  frameworks: {
    "cis-azure-3.0": ["5.3.3", "5.3.4"],
    "nist-800-53-r5": ["AU-2", "AU-12", "AC-2(4)"],
    soc2: ["CC7.2"],
    "iso27001-2022": ["A.8.15"],
    "pci-dss-4.0": ["10.2.1", "10.2.1.5"],
    hipaa: ["164.312(b)"],
  },
  remediation:
    'Add dbformysql.Configuration resources for the server: audit_log_enabled = "ON" and audit_log_events including "CONNECTION" (e.g. "CONNECTION,DDL"), with a diagnostic setting for the MySqlAuditLogs category.',
  enforcementLevel: "advisory",
  tags: ["logging", "database"],
  correlatedCheck: (server, stack) => {
    const { found, undecided } = stack.referencingOrUnknown(server, CONFIGURATION, "serverName", ["serverName", "name"]);
    let enabled = false;
    let connections = false;
    for (const c of found) {
      const name = nameOf(c);
      const value = peek(c.props, "value");
      if (!name.known || !value.known) return cannotEvaluate("value", `${c.name}'s name or value is unknown`);
      const v = typeof value.value === "string" ? value.value.toLowerCase() : "";
      if (name.value === "audit_log_enabled" && v === "on") enabled = true;
      if (
        name.value === "audit_log_events" &&
        v
          .split(",")
          .map((x) => x.trim())
          .includes("connection")
      )
        connections = true;
    }
    if ((!enabled || !connections) && undecided.length > 0)
      return cannotEvaluate("serverName", `${undecided[0].name}.serverName is unknown`);
    const violations: Violation[] = [];
    if (!enabled)
      violations.push({
        property: "audit_log_enabled",
        message: `server ${server.name} has no audit_log_enabled = "ON" configuration; add one`,
      });
    if (!connections) {
      violations.push({
        property: "audit_log_events",
        message: `server ${server.name} has no audit_log_events configuration including CONNECTION; add one`,
      });
    }
    return failAll(violations);
  },
  examples: {
    compliant: [
      [
        { type: SERVER, name: "my", props: { serverName: "orders-mysql", version: "8.0.21" } },
        {
          type: "azure-native:dbformysql:Configuration",
          name: "audit-on",
          props: { serverName: "orders-mysql", configurationName: "audit_log_enabled", value: "ON" },
          refs: { serverName: ["my"] },
        },
        {
          type: "azure-native:dbformysql:Configuration",
          name: "audit-events",
          props: { serverName: "orders-mysql", configurationName: "audit_log_events", value: "CONNECTION,DDL" },
          refs: { serverName: ["my"] },
        },
      ],
    ],
    nonCompliant: [
      [{ type: SERVER, name: "my", props: { serverName: "orders-mysql", version: "8.0.21" } }],
      [
        { type: SERVER, name: "my", props: { serverName: "orders-mysql", version: "8.0.21" } },
        {
          type: "azure-native:dbformysql:Configuration",
          name: "audit-on",
          props: { serverName: "orders-mysql", configurationName: "audit_log_enabled", value: "ON" },
          refs: { serverName: ["my"] },
        },
      ],
    ],
  },
});
