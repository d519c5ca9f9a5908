import { defineControl } from "../../model/control";
import { gcpSettingControl } from "../../shared/gcp-setting";

export const containerClusterMonitoring = defineControl(
  gcpSettingControl({
    id: "gcp-container-cluster-monitoring",
    service: "container",
    title: "GKE clusters send metrics to Cloud Monitoring",
    rationale: 'With monitoringService "none" nothing alerts on node or control-plane health, resource exhaustion or crash loops.',
    remediation: "Remove monitoringService (the default monitoring.googleapis.com/kubernetes) or set it to that value.",
    severity: "low",
    resourceTypes: ["gcp:container/cluster:Cluster"],
    path: "monitoringService",
    ok: (v) => v !== "none",
    unset: { passes: true, meaning: "monitoring.googleapis.com/kubernetes" },
    want: 'set it to "monitoring.googleapis.com/kubernetes"',
    good: ["monitoring.googleapis.com/kubernetes"],
    bad: ["none"],
    base: { location: "europe-west1", initialNodeCount: 1 },
    frameworks: { "nist-800-53-r5": ["SI-4", "CA-7"], soc2: ["CC7.2"], "iso27001-2022": ["A.8.16"], "pci-dss-4.0": ["10.4.1"] },
    tags: ["kubernetes", "monitoring"],
  }),
);
