import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { objectOf } from "../../shared/azure";
import { isDefaultServiceAccount } from "../../shared/gcp";

const pool = (nodeConfig?: Record<string, unknown>) => [
  {
    type: "gcp:container/nodePool:NodePool",
    props: { cluster: "orders", location: "europe-west1", nodeCount: 1, ...(nodeConfig ? { nodeConfig } : {}) },
  },
];

export const containerNodePoolServiceAccount = defineControl({
  id: "gcp-container-node-pool-service-account",
  title: "GKE nodes run as a dedicated, least-privilege service account",
  rationale:
    "Without nodeConfig.serviceAccount, nodes run as the Compute Engine default service account, which holds Editor on the project in most organisations: any pod that reaches the metadata server inherits it.",
  severity: "high",
  cloud: "gcp",
  service: "container",
  resourceTypes: ["gcp:container/nodePool:NodePool"],
  frameworks: {
    "nist-800-53-r5": ["AC-6", "AC-6(10)"],
    soc2: ["CC6.3"],
    "iso27001-2022": ["A.5.15", "A.8.2"],
    "pci-dss-4.0": ["7.2.2"],
  },
  remediation:
    "Create a service account with only roles/container.defaultNodeServiceAccount and set nodeConfig.serviceAccount to its email (CIS GKE 5.2.1).",
  enforcementLevel: "mandatory",
  tags: ["kubernetes", "iam"],
  check: (r) => {
    const sa = objectOf(r.props.nodeConfig)?.serviceAccount;
    if (sa === undefined || sa === null || sa === "" || sa === "default") {
      return fail(
        "nodeConfig.serviceAccount",
        "nodeConfig.serviceAccount is unset, so nodes run as the Compute Engine default service account; name a dedicated one",
      );
    }
    return typeof sa === "string" && isDefaultServiceAccount(sa)
      ? fail("nodeConfig.serviceAccount", `nodeConfig.serviceAccount is the default service account ${sa}; name a dedicated one`)
      : pass();
  },
  examples: {
    compliant: [pool({ serviceAccount: "gke-nodes@p.iam.gserviceaccount.com", machineType: "e2-standard-4" })],
    nonCompliant: [pool(), pool({ serviceAccount: "123456789-compute@developer.gserviceaccount.com" })],
  },
});
