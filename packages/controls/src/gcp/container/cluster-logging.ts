import { defineControl } from "../../model/control";
import { GCP_LOGGING, gcpSettingControl } from "../../shared/gcp-setting";

export const containerClusterLogging = defineControl(
  gcpSettingControl({
    id: "gcp-container-cluster-logging",
    service: "container",
    title: "GKE clusters send logs to Cloud Logging",
    rationale: 'With loggingService "none" the cluster keeps no audit, system or workload logs; investigations start blind.',
    remediation: "Remove loggingService (the default logging.googleapis.com/kubernetes) or set it to that value.",
    severity: "medium",
    resourceTypes: ["gcp:container/cluster:Cluster"],
    path: "loggingService",
    ok: (v) => v !== "none",
    unset: { passes: true, meaning: "logging.googleapis.com/kubernetes" },
    want: 'set it to "logging.googleapis.com/kubernetes"',
    good: ["logging.googleapis.com/kubernetes"],
    bad: ["none"],
    base: { location: "europe-west1", initialNodeCount: 1 },
    frameworks: GCP_LOGGING,
    tags: ["kubernetes", "logging"],
  }),
);
