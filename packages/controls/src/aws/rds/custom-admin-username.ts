import { defineControl } from "../../model/control";
import { fail, notApplicable, pass } from "../../model/verdict";
import { str } from "../../shared/text";

const DEFAULT_NAMES = new Set(["admin", "administrator", "postgres", "root", "sa", "master", "awsuser"]);

export const rdsCustomAdminUsername = defineControl({
  id: "aws-rds-custom-admin-username",
  title: "RDS databases do not use a default administrator user name",
  rationale:
    "Credential-stuffing and brute-force attempts target admin, postgres and root first; a custom master user name means an attacker must guess both halves of the credential.",
  severity: "low",
  cloud: "aws",
  service: "rds",
  resourceTypes: ["aws:rds/instance:Instance", "aws:rds/cluster:Cluster"],
  frameworks: {
    "aws-fsbp": ["RDS.24", "RDS.25"],
    "nist-800-53-r5": ["AC-2", "CM-6", "IA-5"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.5.16", "A.8.5"],
    "pci-dss-4.0": ["8.2.2"],
  },
  remediation:
    "Set the master user name (username on instances, masterUsername on clusters) to a name other than admin, postgres, root or sa; the name can only be chosen at creation.",
  enforcementLevel: "advisory",
  tags: ["identity", "database"],
  check: (r) => {
    const property = r.type === "aws:rds/cluster:Cluster" ? "masterUsername" : "username";
    const name = str(r.props[property]).trim();
    if (name === "") return notApplicable(`${property} is not set (restored from a snapshot or a replica)`);
    if (!DEFAULT_NAMES.has(name.toLowerCase())) return pass();
    return fail(
      property,
      `${property} is ${JSON.stringify(name)}, a default administrator name; choose another (only possible when creating the database)`,
    );
  },
  examples: {
    compliant: [
      [{ type: "aws:rds/instance:Instance", props: { instanceClass: "db.t3.micro", engine: "postgres", username: "app_owner" } }],
      [{ type: "aws:rds/cluster:Cluster", props: { engine: "aurora-mysql", masterUsername: "dbo_orders" } }],
    ],
    nonCompliant: [
      [{ type: "aws:rds/instance:Instance", props: { instanceClass: "db.t3.micro", engine: "postgres", username: "postgres" } }],
      [{ type: "aws:rds/cluster:Cluster", props: { engine: "aurora-mysql", masterUsername: "admin" } }],
    ],
  },
});
