import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { azurePolicy } from "../../shared/azure-policy";

export const aksLocalAccountsDisabled = defineControl({
  id: "azure-containerservice-local-accounts-disabled",
  title: "AKS clusters disable local accounts",
  rationale:
    "The local clusterAdmin credential bypasses Entra ID, MFA and audit; anyone with listClusterAdminCredential gets a non-expiring admin kubeconfig.",
  severity: "high",
  cloud: "azure",
  service: "containerservice",
  resourceTypes: ["azure-native:containerservice:ManagedCluster"],
  frameworks: {
    "nist-800-53-r5": ["IA-2", "AC-2", "AC-6(9)"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.5.16", "A.8.2", "A.8.5"],
    "pci-dss-4.0": ["8.2.1", "8.2.2"],
    hipaa: ["164.312(d)"],
  },
  remediation: "Set disableLocalAccounts: true (requires Entra ID integration).",
  enforcementLevel: "mandatory",
  tags: ["kubernetes", "identity"],
  check: (r) =>
    r.props.disableLocalAccounts === true
      ? pass()
      : fail(
          "disableLocalAccounts",
          `disableLocalAccounts is ${JSON.stringify(r.props.disableLocalAccounts ?? "unset (false)")}; set it to true`,
        ),
  preventive: [
    azurePolicy({
      name: "palisade-aks-local-accounts",
      displayName: "AKS clusters must disable local accounts",
      description: "Denies AKS clusters with local accounts enabled (Palisade control azure-containerservice-local-accounts-disabled).",
      nonCompliantWhen: {
        allOf: [
          { field: "type", equals: "Microsoft.ContainerService/managedClusters" },
          { field: "Microsoft.ContainerService/managedClusters/disableLocalAccounts", notEquals: "true" },
        ],
      },
    }),
  ],
  examples: {
    compliant: [[{ type: "azure-native:containerservice:ManagedCluster", props: { disableLocalAccounts: true } }]],
    nonCompliant: [[{ type: "azure-native:containerservice:ManagedCluster", props: {} }]],
  },
});
