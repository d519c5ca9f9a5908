import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { entryOf, objectOf } from "../../shared/azure";
import { azurePolicy } from "../../shared/azure-policy";

/**
 * "No privileged containers" is a property of pods, which no ARM request describes: an Azure Policy
 * rule over Microsoft.ContainerService/managedClusters cannot see them. What can be decided (and denied)
 * from cluster configuration is that the Azure Policy add-on is on, so the Kubernetes policies assigned
 * through the landing zone (e.g. the built-in "Kubernetes cluster should not allow privileged containers",
 * enforced by Gatekeeper) reach the cluster.
 */
export const aksPolicyAddon = defineControl({
  id: "azure-containerservice-policy-addon",
  title: "AKS clusters run the Azure Policy add-on (no privileged containers)",
  rationale:
    "Privileged containers have full access to the node and escape every isolation boundary. They can only be refused inside the cluster, by the Azure Policy add-on (Gatekeeper) enforcing the pod-security policies assigned to the subscription.",
  severity: "high",
  cloud: "azure",
  service: "containerservice",
  resourceTypes: ["azure-native:containerservice:ManagedCluster"],
  frameworks: {
    "nist-800-53-r5": ["CM-7", "AC-6", "CM-6"],
    soc2: ["CC6.8", "CC8.1"],
    "iso27001-2022": ["A.8.9", "A.8.19"],
    "pci-dss-4.0": ["2.2.5"],
  },
  remediation:
    'Set addonProfiles: { azurepolicy: { enabled: true } } and assign the Kubernetes "should not allow privileged containers" policy (or the pod security baseline initiative).',
  enforcementLevel: "mandatory",
  tags: ["kubernetes", "workload-security"],
  check: (r) => {
    const enabled = objectOf(entryOf(r.props.addonProfiles, "azurepolicy"))?.enabled;
    return enabled === true
      ? pass()
      : fail(
          "addonProfiles.azurepolicy.enabled",
          `addonProfiles.azurepolicy.enabled is ${JSON.stringify(enabled ?? "unset")}; set it to true so pod policies (no privileged containers) are enforced`,
        );
  },
  preventive: [
    azurePolicy({
      name: "palisade-aks-policy-addon",
      displayName: "AKS clusters must run the Azure Policy add-on",
      description:
        "Denies AKS clusters without the Azure Policy add-on, which enforces pod policies such as no privileged containers (Palisade control azure-containerservice-policy-addon).",
      nonCompliantWhen: {
        allOf: [
          { field: "type", equals: "Microsoft.ContainerService/managedClusters" },
          {
            anyOf: [
              { field: "Microsoft.ContainerService/managedClusters/addonProfiles.azurepolicy.enabled", exists: "false" },
              { field: "Microsoft.ContainerService/managedClusters/addonProfiles.azurepolicy.enabled", equals: "false" },
            ],
          },
        ],
      },
    }),
  ],
  examples: {
    compliant: [[{ type: "azure-native:containerservice:ManagedCluster", props: { addonProfiles: { azurepolicy: { enabled: true } } } }]],
    nonCompliant: [
      [{ type: "azure-native:containerservice:ManagedCluster", props: { addonProfiles: { azurepolicy: { enabled: false } } } }],
      [{ type: "azure-native:containerservice:ManagedCluster", props: {} }],
    ],
  },
});
