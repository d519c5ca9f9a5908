import { defineControl } from "../../model/control";
import { PUBLIC_EXPOSURE, publicIamControl } from "../../shared/gcp-setting";

export const dataprocClusterNotPublic = defineControl(
  publicIamControl({
    id: "gcp-dataproc-cluster-not-public",
    service: "dataproc",
    noun: "Dataproc clusters",
    rationale:
      "A public grant on a cluster lets anyone see (or, with editor roles, submit jobs to) the cluster that processes the organisation's data.",
    severity: "high",
    iamTypes: [
      "gcp:dataproc/clusterIAMMember:ClusterIAMMember",
      "gcp:dataproc/clusterIAMBinding:ClusterIAMBinding",
      "gcp:dataproc/clusterIAMPolicy:ClusterIAMPolicy",
    ],
    target: { cluster: "etl", region: "europe-west1" },
    role: "roles/dataproc.viewer",
    frameworks: PUBLIC_EXPOSURE,
  }),
);
