import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { listOf } from "../../shared/network";

/**
 * The shape seen in a public program is the first non-compliant example: no log exports at all.
 */
export const docdbClusterAuditLogs = defineControl({
  id: "aws-docdb-cluster-audit-logs",
  title: "DocumentDB clusters publish audit logs to CloudWatch Logs",
  rationale:
    "Audit logs record authentication, authorisation failures and DDL; without them unauthorised access to the cluster cannot be detected or investigated.",
  severity: "medium",
  cloud: "aws",
  service: "docdb",
  resourceTypes: ["aws:docdb/cluster:Cluster"],
  frameworks: {
    "aws-fsbp": ["DocumentDB.4"],
    "nist-800-53-r5": ["AU-2", "AU-3", "AU-12"],
    soc2: ["CC7.2"],
    "iso27001-2022": ["A.8.15"],
    "pci-dss-4.0": ["10.2.1"],
    hipaa: ["164.312(b)"],
  },
  remediation:
    'Add "audit" (and "profiler") to enabledCloudwatchLogsExports, and set audit_logs to enabled in the cluster parameter group.',
  enforcementLevel: "advisory",
  tags: ["logging", "database"],
  check: (r) => {
    const exports = listOf<unknown>(r.props.enabledCloudwatchLogsExports);
    if (exports.includes("audit")) return pass();
    return fail("enabledCloudwatchLogsExports", `enabledCloudwatchLogsExports is ${JSON.stringify(exports)}; add "audit"`);
  },
  examples: {
    compliant: [[{ type: "aws:docdb/cluster:Cluster", props: { enabledCloudwatchLogsExports: ["audit", "profiler"] } }]],
    nonCompliant: [
      [{ type: "aws:docdb/cluster:Cluster", props: { engine: "docdb", storageEncrypted: true } }],
      [{ type: "aws:docdb/cluster:Cluster", props: { enabledCloudwatchLogsExports: ["profiler"] } }],
    ],
  },
});
