import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

export const rdsInstanceNotPublic = defineControl({
  id: "aws-rds-instance-not-public",
  title: "RDS DB instances are not publicly accessible",
  rationale:
    "A publicly accessible instance gets a DNS name resolving to a public address; one permissive security group rule then exposes the database to password spraying and exploits from the internet.",
  severity: "critical",
  cloud: "aws",
  service: "rds",
  resourceTypes: ["aws:rds/instance:Instance", "aws:rds/clusterInstance:ClusterInstance"],
  frameworks: {
    "cis-aws-7.0": ["3.2.3"],
    "cis-aws-3.0": ["2.3.3"],
    "aws-fsbp": ["RDS.2"],
    "nist-800-53-r5": ["AC-4", "SC-7", "SC-7(3)", "AC-3"],
    soc2: ["CC6.1", "CC6.6"],
    "iso27001-2022": ["A.8.20", "A.8.22"],
    "pci-dss-4.0": ["1.3.1", "1.4.4"],
    hipaa: ["164.312(e)(1)", "164.312(a)(1)"],
  },
  remediation: "Set publiclyAccessible: false and place the instance in private subnets; connect through a bastion, VPN or RDS Proxy.",
  enforcementLevel: "mandatory",
  tags: ["network", "public-exposure", "database"],
  check: (r) => (r.props.publiclyAccessible === true ? fail("publiclyAccessible", "publiclyAccessible is true; set it to false") : pass()),
  remediate: (r) => (r.props.publiclyAccessible === true ? { ...r.props, publiclyAccessible: false } : undefined),
  examples: {
    compliant: [
      [{ type: "aws:rds/instance:Instance", props: { instanceClass: "db.t3.micro", publiclyAccessible: false } }],
      [
        {
          type: "aws:rds/clusterInstance:ClusterInstance",
          props: { clusterIdentifier: "c", instanceClass: "db.r6g.large", engine: "aurora-mysql" },
        },
      ],
    ],
    nonCompliant: [
      [{ type: "aws:rds/instance:Instance", props: { instanceClass: "db.t3.micro", publiclyAccessible: true } }],
      [
        {
          type: "aws:rds/clusterInstance:ClusterInstance",
          props: { clusterIdentifier: "c", instanceClass: "db.r6g.large", publiclyAccessible: true },
        },
      ],
    ],
  },
});
