import { defineControl } from "../../model/control";
import { failAll, type Violation } from "../../model/verdict";
import { objectOf } from "../../shared/azure";
import { azurePolicy } from "../../shared/azure-policy";

export const aksEntraIntegration = defineControl({
  id: "azure-containerservice-entra-integration",
  title: "AKS clusters authenticate with Microsoft Entra ID and authorize with Azure RBAC",
  rationale:
    "AKS-managed Entra integration puts cluster sign-in behind Conditional Access and MFA; Azure RBAC for Kubernetes governs cluster permissions with the same role assignments, PIM and reviews as the rest of Azure.",
  severity: "high",
  cloud: "azure",
  service: "containerservice",
  resourceTypes: ["azure-native:containerservice:ManagedCluster"],
  frameworks: {
    "nist-800-53-r5": ["IA-2", "AC-2", "AC-3"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.5.16", "A.8.5"],
    "pci-dss-4.0": ["8.2.1", "7.2.1"],
    hipaa: ["164.312(d)"],
  },
  remediation: "Set aadProfile: { managed: true, enableAzureRBAC: true, adminGroupObjectIDs: [...] }.",
  enforcementLevel: "mandatory",
  tags: ["kubernetes", "identity"],
  check: (r) => {
    const aad = objectOf(r.props.aadProfile);
    const violations: Violation[] = [];
    if (aad?.managed !== true)
      violations.push({
        property: "aadProfile.managed",
        message: `aadProfile.managed is ${JSON.stringify(aad?.managed ?? "unset")}; set it to true`,
      });
    if (aad?.enableAzureRBAC !== true) {
      violations.push({
        property: "aadProfile.enableAzureRBAC",
        message: `aadProfile.enableAzureRBAC is ${JSON.stringify(aad?.enableAzureRBAC ?? "unset")}; set it to true`,
      });
    }
    return failAll(violations);
  },
  preventive: [
    azurePolicy({
      name: "palisade-aks-entra-integration",
      displayName: "AKS clusters must use Microsoft Entra ID integration",
      description:
        "Denies AKS clusters without AKS-managed Entra ID integration (Palisade control azure-containerservice-entra-integration).",
      nonCompliantWhen: {
        allOf: [
          { field: "type", equals: "Microsoft.ContainerService/managedClusters" },
          { field: "Microsoft.ContainerService/managedClusters/aadProfile", exists: "false" },
        ],
      },
    }),
  ],
  examples: {
    compliant: [
      [
        {
          type: "azure-native:containerservice:ManagedCluster",
          props: { aadProfile: { managed: true, enableAzureRBAC: true, adminGroupObjectIDs: ["g"] } },
        },
      ],
    ],
    nonCompliant: [
      [{ type: "azure-native:containerservice:ManagedCluster", props: {} }],
      [{ type: "azure-native:containerservice:ManagedCluster", props: { aadProfile: { managed: true } } }],
    ],
  },
});
