import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { CLUSTER, GKE_FRAMEWORKS, GKE_RESOURCE } from "./common";

export const containerClusterLegacyAbacDisabled = defineControl({
  id: "gcp-container-cluster-legacy-abac-disabled",
  title: "GKE clusters do not use legacy ABAC authorisation",
  rationale: "Legacy ABAC grants broad, statically configured permissions that bypass Kubernetes RBAC.",
  severity: "high",
  cloud: "gcp",
  service: "container",
  resourceTypes: [CLUSTER],
  frameworks: GKE_FRAMEWORKS({ nist: ["AC-3", "AC-6"], pci: ["7.2.1", "7.2.2"] }),
  remediation: "Set enableLegacyAbac: false (the default).",
  enforcementLevel: "mandatory",
  tags: ["kubernetes", "access-control"],
  check: (r) =>
    r.props.enableLegacyAbac === true ? fail("enableLegacyAbac", "enableLegacyAbac is true; set it to false and use RBAC") : pass(),
  remediate: (r) => (r.props.enableLegacyAbac === true ? { ...r.props, enableLegacyAbac: false } : undefined),
  preventive: [
    {
      kind: "gcp-custom-constraint",
      name: "custom.gkeDisableLegacyAbac",
      displayName: "GKE clusters do not use legacy ABAC",
      resourceTypes: [GKE_RESOURCE],
      methodTypes: ["CREATE", "UPDATE"],
      condition: "has(resource.legacyAbac) && has(resource.legacyAbac.enabled) && resource.legacyAbac.enabled == true",
      actionType: "DENY",
    },
  ],
  examples: {
    compliant: [[{ type: CLUSTER, props: { location: "europe-west1", enableLegacyAbac: false } }]],
    nonCompliant: [[{ type: CLUSTER, props: { location: "europe-west1", enableLegacyAbac: true } }]],
  },
});
