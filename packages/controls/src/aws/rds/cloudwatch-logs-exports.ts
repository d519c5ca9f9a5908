import { defineControl } from "../../model/control";
import { fail, notApplicable, pass } from "../../model/verdict";
import { listOf } from "../../shared/network";
import { str } from "../../shared/text";

/** The logs FSBP asks each engine to publish (RDS.9 instances, RDS.36 PostgreSQL, RDS.34 Aurora MySQL, RDS.37 Aurora PostgreSQL). */
function requiredLogs(type: string, engine: string): string[] | undefined {
  if (type === "aws:rds/cluster:Cluster") {
    if (engine === "aurora-mysql" || engine === "aurora") return ["audit"];
    if (engine === "aurora-postgresql") return ["postgresql"];
    return undefined;
  }
  if (engine === "postgres") return ["postgresql"];
  if (engine === "mysql" || engine === "mariadb") return ["audit", "error", "general", "slowquery"];
  if (engine.startsWith("oracle")) return ["alert", "audit", "listener", "trace"];
  if (engine.startsWith("sqlserver")) return ["agent", "error"];
  return undefined;
}

export const rdsCloudwatchLogsExports = defineControl({
  id: "aws-rds-cloudwatch-logs-exports",
  title: "RDS and Aurora databases publish their engine logs to CloudWatch Logs",
  rationale:
    "Database logs (audit, error, postgresql) show failed logins, privilege changes and injected queries; kept only on the instance they rotate away and die with it.",
  severity: "medium",
  cloud: "aws",
  service: "rds",
  resourceTypes: ["aws:rds/instance:Instance", "aws:rds/cluster:Cluster"],
  frameworks: {
    "aws-fsbp": ["RDS.9", "RDS.34", "RDS.36", "RDS.37"],
    "nist-800-53-r5": ["AU-2", "AU-3", "AU-12"],
    soc2: ["CC7.2"],
    "iso27001-2022": ["A.8.15"],
    "pci-dss-4.0": ["10.2.1"],
    hipaa: ["164.312(b)"],
  },
  remediation:
    "Add the engine's logs to enabledCloudwatchLogsExports (PostgreSQL: postgresql; MySQL/MariaDB: audit, error, general, slowquery; Aurora MySQL: audit; Oracle: alert, audit, listener, trace; SQL Server: agent, error), and enable them in the parameter or option group.",
  enforcementLevel: "advisory",
  tags: ["logging", "database"],
  check: (r) => {
    const engine = str(r.props.engine).toLowerCase();
    if (engine === "") return notApplicable("the engine comes from a snapshot or source database");
    const required = requiredLogs(r.type, engine);
    if (!required) return notApplicable(`no log exports are required for engine ${JSON.stringify(engine)}`);
    const exported = listOf<unknown>(r.props.enabledCloudwatchLogsExports).map(str);
    const missing = required.filter((l) => !exported.includes(l));
    if (missing.length === 0) return pass();
    return fail(
      "enabledCloudwatchLogsExports",
      `enabledCloudwatchLogsExports is ${JSON.stringify(exported)}; add ${missing.map((m) => JSON.stringify(m)).join(", ")} for ${engine}`,
    );
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:rds/instance:Instance",
          props: { instanceClass: "db.t3.micro", engine: "postgres", enabledCloudwatchLogsExports: ["postgresql", "upgrade"] },
        },
      ],
      [{ type: "aws:rds/cluster:Cluster", props: { engine: "aurora-mysql", enabledCloudwatchLogsExports: ["audit", "error"] } }],
      [
        {
          type: "aws:rds/instance:Instance",
          props: {
            instanceClass: "db.t3.micro",
            engine: "mysql",
            enabledCloudwatchLogsExports: ["audit", "error", "general", "slowquery"],
          },
        },
      ],
    ],
    nonCompliant: [
      [{ type: "aws:rds/instance:Instance", props: { instanceClass: "db.t3.micro", engine: "postgres" } }],
      [{ type: "aws:rds/cluster:Cluster", props: { engine: "aurora-postgresql", enabledCloudwatchLogsExports: [] } }],
      [
        {
          type: "aws:rds/instance:Instance",
          props: { instanceClass: "db.t3.micro", engine: "mysql", enabledCloudwatchLogsExports: ["error"] },
        },
      ],
    ],
  },
});
