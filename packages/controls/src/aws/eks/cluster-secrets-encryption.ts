import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { listOf } from "../../shared/network";

/** Envelope encryption of Kubernetes secrets with a customer-managed KMS key (encryptionConfig). */
export const eksClusterSecretsEncryption = defineControl({
  id: "aws-eks-cluster-secrets-encryption",
  title: "EKS clusters encrypt Kubernetes secrets with a KMS key",
  rationale:
    "With envelope encryption under a customer-managed key, reading secrets out of etcd or its backups also requires kms:Decrypt, which the account controls, audits and can revoke.",
  severity: "medium",
  cloud: "aws",
  service: "eks",
  resourceTypes: ["aws:eks/cluster:Cluster"],
  frameworks: {
    "aws-fsbp": ["EKS.3"],
    "nist-800-53-r5": ["SC-28", "SC-28(1)", "SC-12"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["3.5.1", "3.6.1"],
    hipaa: ["164.312(a)(2)(iv)"],
  },
  remediation: 'Set encryptionConfig: { resources: ["secrets"], provider: { keyArn: key.arn } }.',
  enforcementLevel: "advisory",
  tags: ["containers", "encryption", "secrets"],
  check: (r) => {
    const config = r.props.encryptionConfig;
    const keyArn = config?.provider?.keyArn;
    return listOf<unknown>(config?.resources).includes("secrets") && typeof keyArn === "string" && keyArn.trim() !== ""
      ? pass()
      : fail(
          "encryptionConfig",
          'encryptionConfig does not encrypt "secrets" with a KMS key; set resources: ["secrets"] and provider.keyArn',
        );
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:eks/cluster:Cluster",
          props: {
            roleArn: "r",
            vpcConfig: { subnetIds: ["s"] },
            encryptionConfig: { resources: ["secrets"], provider: { keyArn: "arn:aws:kms:eu-west-1:111122223333:key/1" } },
          },
        },
      ],
    ],
    nonCompliant: [[{ type: "aws:eks/cluster:Cluster", props: { roleArn: "r", vpcConfig: { subnetIds: ["s"] } } }]],
  },
});
