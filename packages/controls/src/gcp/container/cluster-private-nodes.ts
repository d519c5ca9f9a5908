import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { CLUSTER, GKE_FRAMEWORKS, GKE_RESOURCE } from "./common";

export const containerClusterPrivateNodes = defineControl({
  id: "gcp-container-cluster-private-nodes",
  title: "GKE clusters use private nodes",
  rationale: "Nodes with external IPs are directly reachable from the internet; private nodes reach it only through Cloud NAT.",
  severity: "high",
  cloud: "gcp",
  service: "container",
  resourceTypes: [CLUSTER],
  frameworks: GKE_FRAMEWORKS({ nist: ["SC-7", "AC-4"], pci: ["1.3.1", "1.4.4"] }),
  remediation: "Set privateClusterConfig { enablePrivateNodes: true } (with Cloud NAT for egress).",
  enforcementLevel: "mandatory",
  tags: ["kubernetes", "network"],
  check: (r) =>
    r.props.privateClusterConfig?.enablePrivateNodes === true
      ? pass()
      : fail("privateClusterConfig.enablePrivateNodes", "nodes get external IPs; set privateClusterConfig.enablePrivateNodes: true"),
  preventive: [
    {
      kind: "gcp-custom-constraint",
      name: "custom.gkeRequirePrivateNodes",
      displayName: "GKE clusters use private nodes",
      resourceTypes: [GKE_RESOURCE],
      methodTypes: ["CREATE", "UPDATE"],
      condition:
        "!has(resource.privateClusterConfig) || !has(resource.privateClusterConfig.enablePrivateNodes) || resource.privateClusterConfig.enablePrivateNodes == false",
      actionType: "DENY",
    },
  ],
  examples: {
    compliant: [
      [
        {
          type: CLUSTER,
          props: { location: "europe-west1", privateClusterConfig: { enablePrivateNodes: true, masterIpv4CidrBlock: "172.16.0.0/28" } },
        },
      ],
    ],
    nonCompliant: [[{ type: CLUSTER, props: { location: "europe-west1" } }]],
  },
});
