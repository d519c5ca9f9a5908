import { defineControl } from "../../model/control";
import { fail, notApplicable, pass } from "../../model/verdict";
import { num, str } from "../../shared/text";

function defaultPort(engine: string): number | undefined {
  if (engine === "mysql" || engine === "mariadb" || engine === "aurora-mysql" || engine === "aurora") return 3306;
  if (engine === "postgres" || engine === "aurora-postgresql") return 5432;
  if (engine.startsWith("oracle")) return 1521;
  if (engine.startsWith("sqlserver")) return 1433;
  if (engine.startsWith("db2")) return 50000;
  return undefined;
}

export const rdsNonDefaultPort = defineControl({
  id: "aws-rds-non-default-port",
  title: "RDS databases do not listen on the engine's default port",
  rationale:
    "Automated scans and worms look for databases on default ports first; a non-default port takes a database out of the cheapest attacks (it is no substitute for network controls).",
  severity: "low",
  cloud: "aws",
  service: "rds",
  resourceTypes: ["aws:rds/instance:Instance", "aws:rds/cluster:Cluster"],
  frameworks: {
    "aws-fsbp": ["RDS.23"],
    "nist-800-53-r5": ["CM-6", "CM-7"],
    "iso27001-2022": ["A.8.9"],
    soc2: ["CC6.8"],
  },
  remediation: "Set port to a value other than the engine default (3306, 5432, 1521, 1433, 50000).",
  enforcementLevel: "advisory",
  tags: ["network", "database"],
  check: (r) => {
    const engine = str(r.props.engine).toLowerCase();
    const def = defaultPort(engine);
    if (def === undefined)
      return notApplicable(
        engine === ""
          ? "the engine comes from a snapshot or source database"
          : `no default port known for engine ${JSON.stringify(engine)}`,
      );
    const port = r.props.port;
    if (port !== undefined && port !== null && num(port) !== def) return pass();
    return fail(
      "port",
      `port is ${port === undefined || port === null ? `not set (default ${def})` : JSON.stringify(port)}, the ${engine} default; choose another port`,
    );
  },
  examples: {
    compliant: [
      [{ type: "aws:rds/instance:Instance", props: { instanceClass: "db.t3.micro", engine: "postgres", port: 15432 } }],
      [{ type: "aws:rds/cluster:Cluster", props: { engine: "aurora-mysql", port: 13306 } }],
    ],
    nonCompliant: [
      [{ type: "aws:rds/instance:Instance", props: { instanceClass: "db.t3.micro", engine: "mysql" } }],
      [{ type: "aws:rds/cluster:Cluster", props: { engine: "aurora-postgresql", port: 5432 } }],
    ],
  },
});
