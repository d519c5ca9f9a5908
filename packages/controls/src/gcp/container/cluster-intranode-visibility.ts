import { defineControl } from "../../model/control";
import { GCP_LOGGING, gcpSettingControl } from "../../shared/gcp-setting";

export const containerClusterIntranodeVisibility = defineControl(
  gcpSettingControl({
    id: "gcp-container-cluster-intranode-visibility",
    service: "container",
    title: "GKE clusters make pod-to-pod traffic visible to VPC flow logs",
    rationale:
      "Without intranode visibility, traffic between pods on the same node never reaches the VPC, so flow logs and firewall rules do not see it.",
    remediation: "Set enableIntranodeVisibility: true.",
    severity: "low",
    enforcementLevel: "advisory",
    resourceTypes: ["gcp:container/cluster:Cluster"],
    path: "enableIntranodeVisibility",
    ok: (v) => v === true,
    unset: { passes: false, meaning: "false" },
    want: "set it to true",
    good: [true],
    bad: [false],
    base: { location: "europe-west1", initialNodeCount: 1 },
    frameworks: GCP_LOGGING,
    tags: ["kubernetes", "logging", "network"],
  }),
);
