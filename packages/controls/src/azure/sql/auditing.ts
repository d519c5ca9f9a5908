import type { StackResource } from "../../model/control";
import { defineControl } from "../../model/control";
import { peek } from "../../model/unknowns";
import { cannotEvaluate, fail, pass, type Verdict } from "../../model/verdict";
import { same } from "../../shared/azure";

const SERVER = "azure-native:sql:Server";
const POLICIES = ["azure-native:sql:ServerBlobAuditingPolicy", "azure-native:sql:ExtendedServerBlobAuditingPolicy"];
const MIN_DAYS = 90;

/** Enabled, and kept longer than 90 days (0 = forever; Log Analytics retention applies when only Azure Monitor is the target). */
function judge(policy: StackResource): Verdict {
  const values: Record<string, unknown> = {};
  for (const name of ["state", "retentionDays", "isAzureMonitorTargetEnabled", "storageEndpoint"]) {
    const v = peek(policy.props, name);
    if (!v.known) return cannotEvaluate(name, `${policy.name}.${name} is unknown`);
    values[name] = v.value;
  }
  if (!same(values.state, "Enabled")) {
    return fail("state", `auditing policy ${policy.name} has state ${JSON.stringify(values.state ?? "unset")}; set it to "Enabled"`);
  }
  const d = values.retentionDays;
  const toStorage = typeof values.storageEndpoint === "string" && values.storageEndpoint !== "";
  if (d === 0 || (typeof d === "number" && d > MIN_DAYS)) return pass();
  // Only Azure Monitor as the target: retention is the Log Analytics workspace's.
  if (d === undefined && values.isAzureMonitorTargetEnabled === true && !toStorage) return pass();
  return fail(
    "retentionDays",
    `auditing policy ${policy.name} keeps logs for ${JSON.stringify(d ?? "unset")} days; set retentionDays above ${MIN_DAYS} (or 0 for forever)`,
  );
}

export const sqlAuditing = defineControl({
  id: "azure-sql-auditing",
  title: "Azure SQL logical servers audit to a destination kept for more than 90 days",
  rationale:
    "Server auditing records logins, permission changes and queries; it is the evidence trail for data access investigations and is off by default.",
  severity: "medium",
  cloud: "azure",
  service: "sql",
  resourceTypes: [SERVER],
  frameworks: {
    "cis-azure-3.0": ["5.1.1", "5.1.6"],
    "nist-800-53-r5": ["AU-2", "AU-3", "AU-11", "AU-12"],
    soc2: ["CC7.2"],
    "iso27001-2022": ["A.8.15"],
    "pci-dss-4.0": ["10.2.1", "10.5.1"],
    hipaa: ["164.312(b)"],
  },
  remediation:
    'Add a sql.ServerBlobAuditingPolicy for the server with state: "Enabled", isAzureMonitorTargetEnabled: true (plus a diagnostic setting to Log Analytics) and retentionDays above 90 or 0.',
  enforcementLevel: "mandatory",
  tags: ["logging", "database"],
  correlatedCheck: (server, stack) => {
    const { found, undecided } = stack.referencingOrUnknown(server, POLICIES, "serverName", ["serverName", "name"]);
    let first: Verdict | undefined;
    for (const policy of found) {
      const v = judge(policy);
      if (v.status === "pass") return v;
      first ??= v;
    }
    if (undecided.length > 0) return cannotEvaluate("serverName", `${undecided[0].name}.serverName is unknown`);
    return (
      first ??
      fail(
        "auditing",
        `SQL server ${server.name} has no auditing policy in this stack; add a sql.ServerBlobAuditingPolicy with state "Enabled"`,
      )
    );
  },
  examples: {
    compliant: [
      [
        { type: SERVER, name: "db", props: { version: "12.0", serverName: "orders-db" } },
        {
          type: "azure-native:sql:ServerBlobAuditingPolicy",
          name: "db-audit",
          props: { serverName: "orders-db", state: "Enabled", isAzureMonitorTargetEnabled: true, retentionDays: 0 },
          refs: { serverName: ["db"] },
        },
      ],
    ],
    nonCompliant: [
      [{ type: SERVER, name: "db", props: { version: "12.0", serverName: "orders-db" } }],
      [
        { type: SERVER, name: "db", props: { version: "12.0", serverName: "orders-db" } },
        {
          type: "azure-native:sql:ServerBlobAuditingPolicy",
          name: "db-audit",
          props: { serverName: "orders-db", state: "Enabled", storageEndpoint: "https://logs.blob.core.windows.net", retentionDays: 30 },
          refs: { serverName: ["db"] },
        },
      ],
    ],
  },
});
