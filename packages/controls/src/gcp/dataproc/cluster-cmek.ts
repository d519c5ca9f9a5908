import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

export const dataprocClusterCmek = defineControl({
  id: "gcp-dataproc-cluster-cmek",
  title: "Dataproc clusters encrypt their disks with a customer-managed key",
  rationale:
    "Dataproc persistent disks hold intermediate and shuffle data; CMEK keeps them under a key the organisation controls and can revoke.",
  severity: "medium",
  cloud: "gcp",
  service: "dataproc",
  resourceTypes: ["gcp:dataproc/cluster:Cluster"],
  frameworks: {
    "cis-gcp-5.0": ["8.1"],
    "cis-gcp-3.0": ["8.1"],
    "nist-800-53-r5": ["SC-28", "SC-28(1)", "SC-12"],
    soc2: ["CC6.1", "CC6.7"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["3.5.1"],
    hipaa: ["164.312(a)(2)(iv)"],
  },
  remediation: "Set clusterConfig.encryptionConfig { kmsKeyName: <Cloud KMS key id> }.",
  enforcementLevel: "mandatory",
  tags: ["encryption"],
  check: (r) => {
    const key = r.props.clusterConfig?.encryptionConfig?.kmsKeyName;
    return typeof key === "string" && key !== ""
      ? pass()
      : fail(
          "clusterConfig.encryptionConfig.kmsKeyName",
          "the cluster's disks use Google-managed keys; set clusterConfig.encryptionConfig.kmsKeyName",
        );
  },
  examples: {
    compliant: [
      [
        {
          type: "gcp:dataproc/cluster:Cluster",
          props: {
            region: "europe-west1",
            clusterConfig: { encryptionConfig: { kmsKeyName: "projects/s/locations/europe-west1/keyRings/r/cryptoKeys/k" } },
          },
        },
      ],
    ],
    nonCompliant: [[{ type: "gcp:dataproc/cluster:Cluster", props: { region: "europe-west1" } }]],
  },
});
