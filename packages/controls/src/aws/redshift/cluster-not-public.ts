import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

export const redshiftClusterNotPublic = defineControl({
  id: "aws-redshift-cluster-not-public",
  title: "Redshift clusters are not publicly accessible",
  rationale:
    "A publicly accessible cluster has an internet-routable endpoint; a permissive security group then exposes the warehouse to the internet.",
  severity: "critical",
  cloud: "aws",
  service: "redshift",
  resourceTypes: ["aws:redshift/cluster:Cluster"],
  frameworks: {
    "aws-fsbp": ["Redshift.1"],
    "nist-800-53-r5": ["AC-4", "SC-7", "SC-7(3)", "AC-3"],
    soc2: ["CC6.1", "CC6.6"],
    "iso27001-2022": ["A.8.20", "A.8.22"],
    "pci-dss-4.0": ["1.3.1", "1.4.4"],
    hipaa: ["164.312(e)(1)"],
  },
  remediation:
    "Set publiclyAccessible: false (the default) and reach the cluster through private subnets or a Redshift-managed VPC endpoint.",
  enforcementLevel: "mandatory",
  tags: ["network", "public-exposure"],
  check: (r) => (r.props.publiclyAccessible === true ? fail("publiclyAccessible", "publiclyAccessible is true; set it to false") : pass()),
  remediate: (r) => (r.props.publiclyAccessible === true ? { ...r.props, publiclyAccessible: false } : undefined),
  examples: {
    compliant: [
      [{ type: "aws:redshift/cluster:Cluster", props: { clusterIdentifier: "dw", nodeType: "ra3.xlplus", publiclyAccessible: false } }],
    ],
    nonCompliant: [
      [{ type: "aws:redshift/cluster:Cluster", props: { clusterIdentifier: "dw", nodeType: "ra3.xlplus", publiclyAccessible: true } }],
    ],
  },
});
