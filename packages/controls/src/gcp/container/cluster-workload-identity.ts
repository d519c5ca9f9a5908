import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { CLUSTER, GKE_FRAMEWORKS, GKE_RESOURCE } from "./common";

export const containerClusterWorkloadIdentity = defineControl({
  id: "gcp-container-cluster-workload-identity",
  title: "GKE clusters use Workload Identity Federation",
  rationale: "Without Workload Identity every pod can use the node's service account and read the node's metadata credentials.",
  severity: "high",
  cloud: "gcp",
  service: "container",
  resourceTypes: [CLUSTER],
  frameworks: GKE_FRAMEWORKS({ nist: ["AC-6", "IA-2", "IA-5"], pci: ["7.2.1", "8.2.2"] }),
  remediation: 'Set workloadIdentityConfig { workloadPool: "<project>.svc.id.goog" }.',
  enforcementLevel: "mandatory",
  tags: ["kubernetes", "identity"],
  check: (r) => {
    const pool = r.props.workloadIdentityConfig?.workloadPool;
    return typeof pool === "string" && pool !== ""
      ? pass()
      : fail(
          "workloadIdentityConfig.workloadPool",
          'Workload Identity is off; set workloadIdentityConfig.workloadPool to "<project>.svc.id.goog"',
        );
  },
  preventive: [
    {
      kind: "gcp-custom-constraint",
      name: "custom.gkeRequireWorkloadIdentity",
      displayName: "GKE clusters use Workload Identity Federation",
      resourceTypes: [GKE_RESOURCE],
      methodTypes: ["CREATE", "UPDATE"],
      condition:
        "!has(resource.workloadIdentityConfig) || !has(resource.workloadIdentityConfig.workloadPool) || resource.workloadIdentityConfig.workloadPool == ''",
      actionType: "DENY",
    },
  ],
  examples: {
    compliant: [[{ type: CLUSTER, props: { location: "europe-west1", workloadIdentityConfig: { workloadPool: "acme-app.svc.id.goog" } } }]],
    nonCompliant: [[{ type: CLUSTER, props: { location: "europe-west1" } }]],
  },
});
