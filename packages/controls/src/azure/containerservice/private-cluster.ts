import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { objectOf } from "../../shared/azure";
import { azurePolicy } from "../../shared/azure-policy";

export const aksPrivateCluster = defineControl({
  id: "azure-containerservice-private-cluster",
  title: "AKS clusters have a private API server",
  rationale:
    "A public Kubernetes API endpoint is a target for credential stuffing and API-server vulnerabilities; a private cluster is reachable only from the network.",
  severity: "high",
  cloud: "azure",
  service: "containerservice",
  resourceTypes: ["azure-native:containerservice:ManagedCluster"],
  frameworks: {
    "nist-800-53-r5": ["AC-4", "SC-7", "SC-7(3)"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.20", "A.8.22"],
    "pci-dss-4.0": ["1.3.1", "1.4.1"],
    hipaa: ["164.312(e)(1)"],
  },
  remediation:
    "Set apiServerAccessProfile.enablePrivateCluster: true (with a private DNS zone); reach the API through the hub network or a jump host.",
  enforcementLevel: "mandatory",
  tags: ["kubernetes", "network", "public-exposure"],
  check: (r) => {
    const value = objectOf(r.props.apiServerAccessProfile)?.enablePrivateCluster;
    return value === true
      ? pass()
      : fail(
          "apiServerAccessProfile.enablePrivateCluster",
          `apiServerAccessProfile.enablePrivateCluster is ${JSON.stringify(value ?? "unset (false)")}; set it to true`,
        );
  },
  preventive: [
    azurePolicy({
      name: "palisade-aks-private-cluster",
      displayName: "AKS clusters must have a private API server",
      description: "Denies AKS clusters with a public API server (Palisade control azure-containerservice-private-cluster).",
      nonCompliantWhen: {
        allOf: [
          { field: "type", equals: "Microsoft.ContainerService/managedClusters" },
          { field: "Microsoft.ContainerService/managedClusters/apiServerAccessProfile.enablePrivateCluster", notEquals: "true" },
        ],
      },
      scope: "corp",
    }),
  ],
  examples: {
    compliant: [
      [{ type: "azure-native:containerservice:ManagedCluster", props: { apiServerAccessProfile: { enablePrivateCluster: true } } }],
    ],
    nonCompliant: [
      [{ type: "azure-native:containerservice:ManagedCluster", props: { apiServerAccessProfile: { authorizedIPRanges: ["0.0.0.0/0"] } } }],
    ],
  },
});
