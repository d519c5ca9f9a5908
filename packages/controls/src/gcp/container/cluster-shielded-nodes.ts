import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { CLUSTER, GKE_FRAMEWORKS, GKE_RESOURCE } from "./common";

export const containerClusterShieldedNodes = defineControl({
  id: "gcp-container-cluster-shielded-nodes",
  title: "GKE clusters use Shielded GKE Nodes",
  rationale:
    "Shielded nodes prove their identity and integrity to the control plane, so a stolen bootstrap credential cannot impersonate a node.",
  severity: "medium",
  cloud: "gcp",
  service: "container",
  resourceTypes: [CLUSTER],
  frameworks: GKE_FRAMEWORKS({ nist: ["SI-7(1)", "CM-6"], pci: ["2.2.5", "11.5.2"] }),
  remediation: "Leave enableShieldedNodes at its default (true) or set it to true.",
  enforcementLevel: "mandatory",
  tags: ["kubernetes", "integrity"],
  check: (r) =>
    r.props.enableShieldedNodes === false ? fail("enableShieldedNodes", "enableShieldedNodes is false; set it to true") : pass(),
  remediate: (r) => (r.props.enableShieldedNodes === false ? { ...r.props, enableShieldedNodes: true } : undefined),
  preventive: [
    {
      kind: "gcp-custom-constraint",
      name: "custom.gkeRequireShieldedNodes",
      displayName: "GKE clusters use Shielded GKE Nodes",
      resourceTypes: [GKE_RESOURCE],
      methodTypes: ["CREATE", "UPDATE"],
      condition: "has(resource.shieldedNodes) && has(resource.shieldedNodes.enabled) && resource.shieldedNodes.enabled == false",
      actionType: "DENY",
    },
  ],
  examples: {
    compliant: [[{ type: CLUSTER, props: { location: "europe-west1", enableShieldedNodes: true } }]],
    nonCompliant: [[{ type: CLUSTER, props: { location: "europe-west1", enableShieldedNodes: false } }]],
  },
});
