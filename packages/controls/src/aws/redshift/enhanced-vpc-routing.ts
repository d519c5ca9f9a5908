import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

export const redshiftEnhancedVpcRouting = defineControl({
  id: "aws-redshift-enhanced-vpc-routing",
  title: "Redshift clusters use enhanced VPC routing",
  rationale:
    "Without enhanced VPC routing, COPY and UNLOAD traffic to S3 bypasses the VPC: security groups, endpoint policies and flow logs do not see it.",
  severity: "medium",
  cloud: "aws",
  service: "redshift",
  resourceTypes: ["aws:redshift/cluster:Cluster"],
  frameworks: {
    "aws-fsbp": ["Redshift.7"],
    "nist-800-53-r5": ["AC-4", "SC-7", "SC-7(4)(b)"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.20", "A.8.22"],
    "pci-dss-4.0": ["1.3.1"],
  },
  remediation: "Set enhancedVpcRouting: true and give the VPC an S3 gateway endpoint.",
  enforcementLevel: "advisory",
  tags: ["network", "database"],
  check: (r) =>
    r.props.enhancedVpcRouting === true
      ? pass()
      : fail(
          "enhancedVpcRouting",
          `enhancedVpcRouting is ${r.props.enhancedVpcRouting === undefined || r.props.enhancedVpcRouting === null ? "not set (default false)" : JSON.stringify(r.props.enhancedVpcRouting)}; set it to true`,
        ),
  examples: {
    compliant: [
      [{ type: "aws:redshift/cluster:Cluster", props: { clusterIdentifier: "dw", nodeType: "ra3.xlplus", enhancedVpcRouting: true } }],
    ],
    nonCompliant: [[{ type: "aws:redshift/cluster:Cluster", props: { clusterIdentifier: "dw", nodeType: "ra3.xlplus" } }]],
  },
});
