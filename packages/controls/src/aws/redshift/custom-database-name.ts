import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { str } from "../../shared/text";

export const redshiftCustomDatabaseName = defineControl({
  id: "aws-redshift-custom-database-name",
  title: "Redshift clusters do not use the default database name",
  rationale: 'The default database name "dev" is the first one automated attacks and misdirected tools try.',
  severity: "low",
  cloud: "aws",
  service: "redshift",
  resourceTypes: ["aws:redshift/cluster:Cluster"],
  frameworks: {
    "aws-fsbp": ["Redshift.9"],
    "nist-800-53-r5": ["CM-6", "CM-2"],
    "iso27001-2022": ["A.8.9"],
  },
  remediation: 'Set databaseName to a name other than "dev" when creating the cluster.',
  enforcementLevel: "advisory",
  tags: ["hardening", "database"],
  check: (r) => {
    const name = str(r.props.databaseName).trim();
    if (name !== "" && name.toLowerCase() !== "dev") return pass();
    return fail("databaseName", `databaseName is ${name === "" ? 'not set (default "dev")' : '"dev"'}; choose another name`);
  },
  examples: {
    compliant: [
      [{ type: "aws:redshift/cluster:Cluster", props: { clusterIdentifier: "dw", nodeType: "ra3.xlplus", databaseName: "analytics" } }],
    ],
    nonCompliant: [[{ type: "aws:redshift/cluster:Cluster", props: { clusterIdentifier: "dw", nodeType: "ra3.xlplus" } }]],
  },
});
