import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

export const redshiftVersionUpgrade = defineControl({
  id: "aws-redshift-version-upgrade",
  title: "Redshift clusters take engine upgrades automatically",
  rationale: "Redshift engine upgrades carry security fixes; disallowing them keeps known vulnerabilities in the warehouse.",
  severity: "medium",
  cloud: "aws",
  service: "redshift",
  resourceTypes: ["aws:redshift/cluster:Cluster"],
  frameworks: {
    "aws-fsbp": ["Redshift.6"],
    "nist-800-53-r5": ["SI-2", "SI-2(2)", "CM-6"],
    soc2: ["CC7.1"],
    "iso27001-2022": ["A.8.8"],
    "pci-dss-4.0": ["6.3.3"],
  },
  remediation: "Remove allowVersionUpgrade: false (the default is true).",
  enforcementLevel: "advisory",
  tags: ["patching", "database"],
  check: (r) =>
    r.props.allowVersionUpgrade === false
      ? fail("allowVersionUpgrade", "allowVersionUpgrade is false; remove it or set it to true")
      : pass(),
  examples: {
    compliant: [[{ type: "aws:redshift/cluster:Cluster", props: { clusterIdentifier: "dw", nodeType: "ra3.xlplus" } }]],
    nonCompliant: [
      [{ type: "aws:redshift/cluster:Cluster", props: { clusterIdentifier: "dw", nodeType: "ra3.xlplus", allowVersionUpgrade: false } }],
    ],
  },
});
