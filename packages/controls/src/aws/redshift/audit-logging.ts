import { defineControl } from "../../model/control";
import { cannotEvaluate, fail, pass } from "../../model/verdict";
import { str } from "../../shared/text";

const LOGGING_TYPES = ["aws:redshift/logging:Logging"];

export const redshiftAuditLogging = defineControl({
  id: "aws-redshift-audit-logging",
  title: "Redshift clusters have audit logging enabled",
  rationale:
    "Redshift audit logs record connections, user changes and queries; without them access to the warehouse cannot be reviewed or investigated.",
  severity: "medium",
  cloud: "aws",
  service: "redshift",
  resourceTypes: ["aws:redshift/cluster:Cluster"],
  frameworks: {
    "aws-fsbp": ["Redshift.4"],
    "nist-800-53-r5": ["AU-2", "AU-3", "AU-12"],
    soc2: ["CC7.2"],
    "iso27001-2022": ["A.8.15"],
    "pci-dss-4.0": ["10.2.1"],
    hipaa: ["164.312(b)"],
  },
  remediation:
    'Add an aws.redshift.Logging for the cluster (logDestinationType "cloudwatch" with logExports, or "s3" with a bucket) and enable_user_activity_logging in the parameter group.',
  enforcementLevel: "advisory",
  tags: ["logging", "database"],
  correlatedCheck: (cluster, stack) => {
    const { found, undecided } = stack.referencingOrUnknown(cluster, LOGGING_TYPES, "clusterIdentifier", ["clusterIdentifier", "id"]);
    if (found.length > 0) return pass();
    if (undecided.length > 0)
      return cannotEvaluate("clusterIdentifier", `${undecided[0].name}.clusterIdentifier is unknown and may refer to this cluster`);
    return fail("Logging", `cluster ${str(cluster.props.clusterIdentifier) || cluster.name} has no aws.redshift.Logging; add one`);
  },
  examples: {
    compliant: [
      [
        { type: "aws:redshift/cluster:Cluster", props: { clusterIdentifier: "dw", nodeType: "ra3.xlplus" }, name: "dw" },
        {
          type: "aws:redshift/logging:Logging",
          props: { clusterIdentifier: "dw", logDestinationType: "cloudwatch", logExports: ["connectionlog", "userlog", "useractivitylog"] },
          name: "dw-logging",
          refs: { clusterIdentifier: ["dw"] },
        },
      ],
    ],
    nonCompliant: [[{ type: "aws:redshift/cluster:Cluster", props: { clusterIdentifier: "dw", nodeType: "ra3.xlplus" }, name: "dw" }]],
  },
});
