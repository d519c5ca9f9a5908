import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { CLUSTER, GKE_FRAMEWORKS, GKE_RESOURCE } from "./common";

export const containerClusterClientCertificateDisabled = defineControl({
  id: "gcp-container-cluster-client-certificate-disabled",
  title: "GKE clusters do not issue client certificates (legacy master auth)",
  rationale: "A cluster client certificate is a long-lived admin credential that cannot be revoked without rotating the cluster's CA.",
  severity: "high",
  cloud: "gcp",
  service: "container",
  resourceTypes: [CLUSTER],
  frameworks: GKE_FRAMEWORKS({ nist: ["IA-2", "IA-5", "AC-2"], pci: ["8.2.2", "8.3.2"] }),
  remediation: "Set masterAuth.clientCertificateConfig.issueClientCertificate: false (the default); authenticate with Google identities.",
  enforcementLevel: "mandatory",
  tags: ["kubernetes", "credentials"],
  check: (r) =>
    r.props.masterAuth?.clientCertificateConfig?.issueClientCertificate === true
      ? fail(
          "masterAuth.clientCertificateConfig.issueClientCertificate",
          "the cluster issues a client certificate; set issueClientCertificate: false",
        )
      : pass(),
  preventive: [
    {
      kind: "gcp-custom-constraint",
      name: "custom.gkeDisableClientCertificate",
      displayName: "GKE clusters do not issue client certificates",
      resourceTypes: [GKE_RESOURCE],
      methodTypes: ["CREATE", "UPDATE"],
      condition:
        "has(resource.masterAuth) && has(resource.masterAuth.clientCertificateConfig) && has(resource.masterAuth.clientCertificateConfig.issueClientCertificate) && resource.masterAuth.clientCertificateConfig.issueClientCertificate == true",
      actionType: "DENY",
    },
  ],
  examples: {
    compliant: [
      [{ type: CLUSTER, props: { location: "europe-west1", masterAuth: { clientCertificateConfig: { issueClientCertificate: false } } } }],
    ],
    nonCompliant: [
      [{ type: CLUSTER, props: { location: "europe-west1", masterAuth: { clientCertificateConfig: { issueClientCertificate: true } } } }],
    ],
  },
});
