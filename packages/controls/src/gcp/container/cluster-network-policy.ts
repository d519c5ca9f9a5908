import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { CLUSTER, GKE_FRAMEWORKS, GKE_RESOURCE } from "./common";

export const containerClusterNetworkPolicy = defineControl({
  id: "gcp-container-cluster-network-policy",
  title: "GKE clusters enforce Kubernetes network policies",
  rationale: "Without network policy enforcement every pod can reach every other pod; one compromised pod reaches the whole cluster.",
  severity: "medium",
  cloud: "gcp",
  service: "container",
  resourceTypes: [CLUSTER],
  frameworks: GKE_FRAMEWORKS({ nist: ["SC-7", "AC-4"], pci: ["1.2.5", "1.3.1"] }),
  remediation: 'Set datapathProvider: "ADVANCED_DATAPATH" (GKE Dataplane V2) or networkPolicy { enabled: true, provider: "CALICO" }.',
  enforcementLevel: "mandatory",
  tags: ["kubernetes", "network"],
  check: (r) => {
    if (r.props.datapathProvider === "ADVANCED_DATAPATH") return pass();
    return r.props.networkPolicy?.enabled === true
      ? pass()
      : fail(
          "networkPolicy.enabled",
          'network policies are not enforced; set datapathProvider: "ADVANCED_DATAPATH" or networkPolicy.enabled: true',
        );
  },
  preventive: [
    {
      kind: "gcp-custom-constraint",
      name: "custom.gkeRequireNetworkPolicy",
      displayName: "GKE clusters enforce Kubernetes network policies",
      resourceTypes: [GKE_RESOURCE],
      methodTypes: ["CREATE", "UPDATE"],
      condition:
        "!(has(resource.networkConfig) && has(resource.networkConfig.datapathProvider) && resource.networkConfig.datapathProvider == 'ADVANCED_DATAPATH') && !(has(resource.networkPolicy) && has(resource.networkPolicy.enabled) && resource.networkPolicy.enabled == true)",
      actionType: "DENY",
    },
  ],
  examples: {
    compliant: [
      [{ type: CLUSTER, props: { location: "europe-west1", datapathProvider: "ADVANCED_DATAPATH" } }],
      [{ type: CLUSTER, props: { location: "europe-west1", networkPolicy: { enabled: true, provider: "CALICO" } } }],
    ],
    nonCompliant: [[{ type: CLUSTER, props: { location: "europe-west1" } }]],
  },
});
