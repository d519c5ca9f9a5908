import { defineControl } from "../../model/control";
import { fail, notApplicable, pass } from "../../model/verdict";
import { str } from "../../shared/text";

export const redshiftCustomAdminUsername = defineControl({
  id: "aws-redshift-custom-admin-username",
  title: "Redshift clusters do not use the default administrator user name",
  rationale:
    'Brute-force attempts against Redshift start with the console default "awsuser"; a custom name means an attacker must guess both halves of the credential.',
  severity: "low",
  cloud: "aws",
  service: "redshift",
  resourceTypes: ["aws:redshift/cluster:Cluster"],
  frameworks: {
    "aws-fsbp": ["Redshift.8"],
    "nist-800-53-r5": ["AC-2", "CM-6", "IA-5"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.5.16"],
  },
  remediation: 'Set masterUsername to a name other than "awsuser" when creating the cluster.',
  enforcementLevel: "advisory",
  tags: ["identity", "database"],
  check: (r) => {
    const name = str(r.props.masterUsername).trim();
    if (name === "") return notApplicable("masterUsername is not set (restored from a snapshot)");
    return name.toLowerCase() === "awsuser"
      ? fail("masterUsername", 'masterUsername is "awsuser", the default; choose another name')
      : pass();
  },
  examples: {
    compliant: [
      [{ type: "aws:redshift/cluster:Cluster", props: { clusterIdentifier: "dw", nodeType: "ra3.xlplus", masterUsername: "dw_owner" } }],
    ],
    nonCompliant: [
      [{ type: "aws:redshift/cluster:Cluster", props: { clusterIdentifier: "dw", nodeType: "ra3.xlplus", masterUsername: "awsuser" } }],
    ],
  },
});
