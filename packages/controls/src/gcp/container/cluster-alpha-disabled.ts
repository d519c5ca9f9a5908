import { defineControl } from "../../model/control";
import { gcpSettingControl } from "../../shared/gcp-setting";

export const containerClusterAlphaDisabled = defineControl(
  gcpSettingControl({
    id: "gcp-container-cluster-alpha-disabled",
    service: "container",
    title: "GKE clusters do not enable Kubernetes alpha features",
    rationale:
      "Alpha clusters run unsupported features, cannot be upgraded and are deleted after 30 days; they have no place outside throw-away experiments.",
    remediation: "Remove enableKubernetesAlpha (false by default).",
    severity: "medium",
    resourceTypes: ["gcp:container/cluster:Cluster"],
    path: "enableKubernetesAlpha",
    ok: (v) => v === false,
    unset: { passes: true, meaning: "false" },
    want: "set it to false",
    good: [false],
    bad: [true],
    base: { location: "europe-west1", initialNodeCount: 1 },
    frameworks: { "nist-800-53-r5": ["CM-6", "CM-7"], soc2: ["CC8.1"], "iso27001-2022": ["A.8.9"] },
    tags: ["kubernetes"],
  }),
);
