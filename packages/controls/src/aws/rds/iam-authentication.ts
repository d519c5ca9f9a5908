import { defineControl } from "../../model/control";
import { fail, notApplicable, pass } from "../../model/verdict";

/** Engines with IAM database authentication (MySQL and PostgreSQL families). */
const IAM_AUTH_ENGINES = /^(mysql|mariadb|postgres|aurora|aurora-mysql|aurora-postgresql)$/;

export const rdsIamAuthentication = defineControl({
  id: "aws-rds-iam-authentication",
  title: "RDS databases accept IAM database authentication",
  rationale:
    "IAM authentication replaces long-lived database passwords with 15-minute tokens tied to IAM principals, so access is granted, audited and revoked in one place.",
  severity: "low",
  cloud: "aws",
  service: "rds",
  resourceTypes: ["aws:rds/instance:Instance", "aws:rds/cluster:Cluster"],
  frameworks: {
    "aws-fsbp": ["RDS.10", "RDS.12"],
    "nist-800-53-r5": ["IA-2", "IA-5", "AC-2"],
    soc2: ["CC6.1", "CC6.2"],
    "iso27001-2022": ["A.5.16", "A.5.17", "A.8.5"],
    "pci-dss-4.0": ["8.3.2"],
  },
  remediation: "Set iamDatabaseAuthenticationEnabled: true and grant rds-db:connect to the roles that connect.",
  enforcementLevel: "advisory",
  tags: ["identity", "database"],
  check: (r) => {
    if (r.props.iamDatabaseAuthenticationEnabled === true) return pass();
    const engine = r.props.engine;
    if (typeof engine === "string" && !IAM_AUTH_ENGINES.test(engine.trim().toLowerCase())) {
      return notApplicable(`engine ${engine} does not support IAM database authentication`);
    }
    return fail(
      "iamDatabaseAuthenticationEnabled",
      `iamDatabaseAuthenticationEnabled is ${JSON.stringify(r.props.iamDatabaseAuthenticationEnabled ?? false)}; set it to true`,
    );
  },
  examples: {
    compliant: [
      [{ type: "aws:rds/cluster:Cluster", props: { engine: "aurora-postgresql", iamDatabaseAuthenticationEnabled: true } }],
      [{ type: "aws:rds/instance:Instance", props: { instanceClass: "db.m5.large", engine: "sqlserver-se" } }],
    ],
    nonCompliant: [[{ type: "aws:rds/instance:Instance", props: { instanceClass: "db.t3.micro", engine: "postgres" } }]],
  },
});
