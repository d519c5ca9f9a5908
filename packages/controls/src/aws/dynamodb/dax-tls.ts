import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { str } from "../../shared/text";

export const dynamodbDaxTls = defineControl({
  id: "aws-dynamodb-dax-tls",
  title: "DynamoDB Accelerator clusters encrypt client connections",
  rationale: "Without TLS on the cluster endpoint, items and requests travel between clients and DAX in clear text.",
  severity: "medium",
  cloud: "aws",
  service: "dynamodb",
  resourceTypes: ["aws:dax/cluster:Cluster"],
  frameworks: {
    "aws-fsbp": ["DynamoDB.7"],
    "nist-800-53-r5": ["SC-8", "SC-8(1)", "SC-13"],
    soc2: ["CC6.7"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["4.2.1"],
    hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"],
  },
  remediation: 'Set clusterEndpointEncryptionType: "TLS" (only possible when creating the cluster).',
  enforcementLevel: "mandatory",
  tags: ["encryption", "network", "database"],
  check: (r) =>
    str(r.props.clusterEndpointEncryptionType).toUpperCase() === "TLS"
      ? pass()
      : fail(
          "clusterEndpointEncryptionType",
          `clusterEndpointEncryptionType is ${JSON.stringify(r.props.clusterEndpointEncryptionType ?? "NONE (default)")}; set it to "TLS"`,
        ),
  examples: {
    compliant: [
      [
        {
          type: "aws:dax/cluster:Cluster",
          props: {
            clusterName: "cache",
            nodeType: "dax.t3.small",
            replicationFactor: 3,
            iamRoleArn: "r",
            clusterEndpointEncryptionType: "TLS",
          },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "aws:dax/cluster:Cluster",
          props: { clusterName: "cache", nodeType: "dax.t3.small", replicationFactor: 3, iamRoleArn: "r" },
        },
      ],
    ],
  },
});
