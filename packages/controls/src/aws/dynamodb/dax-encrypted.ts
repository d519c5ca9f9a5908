import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

export const dynamodbDaxEncrypted = defineControl({
  id: "aws-dynamodb-dax-encrypted",
  title: "DynamoDB Accelerator clusters are encrypted at rest",
  rationale: "A DAX cluster caches table items on its nodes; unencrypted, they sit in clear text outside the table's own encryption.",
  severity: "medium",
  cloud: "aws",
  service: "dynamodb",
  resourceTypes: ["aws:dax/cluster:Cluster"],
  frameworks: {
    "aws-fsbp": ["DynamoDB.3"],
    "nist-800-53-r5": ["SC-28", "SC-28(1)", "SC-13"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["3.5.1"],
    hipaa: ["164.312(a)(2)(iv)"],
  },
  remediation: "Set serverSideEncryption: { enabled: true } (only possible when creating the cluster).",
  enforcementLevel: "mandatory",
  tags: ["data-protection", "encryption", "database"],
  check: (r) =>
    r.props.serverSideEncryption?.enabled === true
      ? pass()
      : fail("serverSideEncryption.enabled", "serverSideEncryption.enabled is not true; encrypt the cluster at rest"),
  examples: {
    compliant: [
      [
        {
          type: "aws:dax/cluster:Cluster",
          props: {
            clusterName: "cache",
            nodeType: "dax.t3.small",
            replicationFactor: 3,
            iamRoleArn: "arn:aws:iam::123456789012:role/dax",
            serverSideEncryption: { enabled: true },
          },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "aws:dax/cluster:Cluster",
          props: { clusterName: "cache", nodeType: "dax.t3.small", replicationFactor: 3, iamRoleArn: "arn:aws:iam::123456789012:role/dax" },
        },
      ],
    ],
  },
});
