import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { listOf } from "../../shared/network";

export const neptuneClusterAuditLogs = defineControl({
  id: "aws-neptune-cluster-audit-logs",
  title: "Neptune clusters publish audit logs to CloudWatch Logs",
  rationale: "Audit logs record who queried and changed the graph; without them misuse cannot be detected or investigated.",
  severity: "medium",
  cloud: "aws",
  service: "neptune",
  resourceTypes: ["aws:neptune/cluster:Cluster"],
  frameworks: {
    "aws-fsbp": ["Neptune.2"],
    "nist-800-53-r5": ["AU-2", "AU-3", "AU-12"],
    soc2: ["CC7.2"],
    "iso27001-2022": ["A.8.15"],
    "pci-dss-4.0": ["10.2.1"],
    hipaa: ["164.312(b)"],
  },
  remediation: 'Add "audit" to enableCloudwatchLogsExports and set neptune_enable_audit_log to 1 in the cluster parameter group.',
  enforcementLevel: "advisory",
  tags: ["logging", "database"],
  check: (r) => {
    const exports = listOf<unknown>(r.props.enableCloudwatchLogsExports);
    if (exports.includes("audit")) return pass();
    return fail("enableCloudwatchLogsExports", `enableCloudwatchLogsExports is ${JSON.stringify(exports)}; add "audit"`);
  },
  examples: {
    compliant: [[{ type: "aws:neptune/cluster:Cluster", props: { enableCloudwatchLogsExports: ["audit", "slowquery"] } }]],
    nonCompliant: [[{ type: "aws:neptune/cluster:Cluster", props: { engine: "neptune" } }]],
  },
});
