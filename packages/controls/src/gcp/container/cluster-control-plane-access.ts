import { defineControl } from "../../model/control";
import { fail, failAll, pass } from "../../model/verdict";
import { isOpenCidr, objectsOf } from "../../shared/network";
import { CLUSTER, GKE_FRAMEWORKS, GKE_RESOURCE } from "./common";

export const containerClusterControlPlaneAccess = defineControl({
  id: "gcp-container-cluster-control-plane-access",
  title: "GKE control planes are private or restricted to authorised networks",
  rationale:
    "A control-plane endpoint open to the internet is exposed to credential stuffing and to every future Kubernetes API vulnerability.",
  severity: "high",
  cloud: "gcp",
  service: "container",
  resourceTypes: [CLUSTER],
  frameworks: GKE_FRAMEWORKS({ nist: ["SC-7", "AC-3", "AC-17"], pci: ["1.3.1", "1.4.2"] }),
  remediation:
    "Set privateClusterConfig.enablePrivateEndpoint: true, or masterAuthorizedNetworksConfig { cidrBlocks: [<admin ranges>], gcpPublicCidrsAccessEnabled: false } without 0.0.0.0/0.",
  enforcementLevel: "mandatory",
  tags: ["kubernetes", "network"],
  check: (r) => {
    if (r.props.privateClusterConfig?.enablePrivateEndpoint === true) return pass();
    if (r.props.controlPlaneEndpointsConfig?.ipEndpointsConfig?.enabled === false) return pass();
    const man = r.props.masterAuthorizedNetworksConfig;
    if (!man || typeof man !== "object") {
      return fail(
        "masterAuthorizedNetworksConfig",
        "the public endpoint accepts any source; set masterAuthorizedNetworksConfig or privateClusterConfig.enablePrivateEndpoint: true",
      );
    }
    const violations = objectsOf(man.cidrBlocks)
      .map((b, i) => ({ b, i }))
      .filter(({ b }) => isOpenCidr(b.cidrBlock))
      .map(({ b, i }) => ({
        property: `masterAuthorizedNetworksConfig.cidrBlocks[${i}].cidrBlock`,
        message: `authorises ${b.cidrBlock}; restrict it to admin ranges`,
      }));
    if (man.gcpPublicCidrsAccessEnabled === true) {
      violations.push({
        property: "masterAuthorizedNetworksConfig.gcpPublicCidrsAccessEnabled",
        message: "any Google Cloud public IP may reach the control plane; set gcpPublicCidrsAccessEnabled: false",
      });
    }
    return failAll(violations);
  },
  preventive: [
    {
      kind: "gcp-custom-constraint",
      name: "custom.gkeRestrictControlPlaneAccess",
      displayName: "GKE control planes are private or restricted to authorised networks",
      resourceTypes: [GKE_RESOURCE],
      methodTypes: ["CREATE", "UPDATE"],
      condition:
        "!(has(resource.privateClusterConfig) && has(resource.privateClusterConfig.enablePrivateEndpoint) && resource.privateClusterConfig.enablePrivateEndpoint == true) && !(has(resource.masterAuthorizedNetworksConfig) && has(resource.masterAuthorizedNetworksConfig.enabled) && resource.masterAuthorizedNetworksConfig.enabled == true)",
      actionType: "DENY",
    },
  ],
  examples: {
    compliant: [
      [
        {
          type: CLUSTER,
          props: {
            location: "europe-west1",
            masterAuthorizedNetworksConfig: {
              cidrBlocks: [{ cidrBlock: "10.0.0.0/8", displayName: "corp" }],
              gcpPublicCidrsAccessEnabled: false,
            },
          },
        },
      ],
      [
        {
          type: CLUSTER,
          props: { location: "europe-west1", privateClusterConfig: { enablePrivateNodes: true, enablePrivateEndpoint: true } },
        },
      ],
    ],
    nonCompliant: [
      [{ type: CLUSTER, props: { location: "europe-west1" } }],
      [
        {
          type: CLUSTER,
          props: { location: "europe-west1", masterAuthorizedNetworksConfig: { cidrBlocks: [{ cidrBlock: "0.0.0.0/0" }] } },
        },
      ],
    ],
  },
});
