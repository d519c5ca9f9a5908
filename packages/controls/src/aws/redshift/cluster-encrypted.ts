import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

/** In @pulumi/aws v7 `encrypted` is a string ("true"/"false"), defaulting to "true". */
export const redshiftClusterEncrypted = defineControl({
  id: "aws-redshift-cluster-encrypted",
  title: "Redshift clusters are encrypted at rest",
  rationale: "An unencrypted warehouse keeps its data blocks and snapshots, usually the organisation's broadest data set, in clear.",
  severity: "high",
  cloud: "aws",
  service: "redshift",
  resourceTypes: ["aws:redshift/cluster:Cluster"],
  frameworks: {
    "aws-fsbp": ["Redshift.10"],
    "nist-800-53-r5": ["SC-28", "SC-28(1)", "SC-13"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["3.5.1"],
    hipaa: ["164.312(a)(2)(iv)"],
  },
  remediation: 'Leave encrypted at its default ("true") or set it explicitly, with kmsKeyId a customer-managed key.',
  enforcementLevel: "mandatory",
  tags: ["encryption", "data-protection"],
  check: (r) => {
    const v = r.props.encrypted;
    return v === false || (typeof v === "string" && v.trim().toLowerCase() === "false")
      ? fail("encrypted", `encrypted is ${JSON.stringify(v)}; set it to "true"`)
      : pass();
  },
  remediate: (r) => {
    const v = r.props.encrypted;
    return v === false || (typeof v === "string" && v.trim().toLowerCase() === "false") ? { ...r.props, encrypted: "true" } : undefined;
  },
  examples: {
    compliant: [
      [{ type: "aws:redshift/cluster:Cluster", props: { clusterIdentifier: "dw", nodeType: "ra3.xlplus", encrypted: "true" } }],
      [{ type: "aws:redshift/cluster:Cluster", props: { clusterIdentifier: "dw", nodeType: "ra3.xlplus" } }],
    ],
    nonCompliant: [
      [{ type: "aws:redshift/cluster:Cluster", props: { clusterIdentifier: "dw", nodeType: "ra3.xlplus", encrypted: "false" } }],
    ],
  },
});
