import { defineControl } from "../../model/control";
import { CMEK, gcpSettingControl } from "../../shared/gcp-setting";

export const containerClusterSecretsEncryption = defineControl(
  gcpSettingControl({
    id: "gcp-container-cluster-secrets-encryption",
    service: "container",
    title: "GKE clusters encrypt Kubernetes Secrets with a Cloud KMS key",
    rationale:
      "Application-layer secrets encryption wraps Secrets in etcd with a key the organisation controls and can revoke; without it they rely on Google's default storage encryption alone.",
    remediation: 'Set databaseEncryption: { state: "ENCRYPTED", keyName: <Cloud KMS key> }.',
    severity: "medium",
    resourceTypes: ["gcp:container/cluster:Cluster"],
    path: "databaseEncryption.state",
    ok: (v) => v === "ENCRYPTED",
    unset: { passes: false, meaning: "DECRYPTED: only default storage encryption" },
    want: 'set it to "ENCRYPTED" with a keyName',
    good: ["ENCRYPTED"],
    bad: ["DECRYPTED"],
    base: { location: "europe-west1", initialNodeCount: 1 },
    frameworks: CMEK,
    tags: ["kubernetes", "encryption-at-rest", "key-management"],
  }),
);
