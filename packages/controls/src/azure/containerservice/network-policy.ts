import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { objectOf, oneOf } from "../../shared/azure";

export const aksNetworkPolicy = defineControl({
  id: "azure-containerservice-network-policy",
  title: "AKS clusters enforce Kubernetes network policies",
  rationale:
    "Without a network policy engine every pod can reach every other pod; a compromised workload then moves laterally across namespaces freely.",
  severity: "medium",
  cloud: "azure",
  service: "containerservice",
  resourceTypes: ["azure-native:containerservice:ManagedCluster"],
  frameworks: {
    "nist-800-53-r5": ["AC-4", "SC-7(5)"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.22"],
    "pci-dss-4.0": ["1.2.5", "1.3.1"],
    hipaa: ["164.312(e)(1)"],
  },
  remediation: 'Set networkProfile.networkPolicy to "azure", "calico" or "cilium" (with networkDataplane "cilium").',
  enforcementLevel: "mandatory",
  tags: ["kubernetes", "network"],
  check: (r) => {
    const policy = objectOf(r.props.networkProfile)?.networkPolicy;
    return oneOf(policy, ["azure", "calico", "cilium"])
      ? pass()
      : fail(
          "networkProfile.networkPolicy",
          `networkProfile.networkPolicy is ${JSON.stringify(policy ?? "unset (none)")}; set it to "azure", "calico" or "cilium"`,
        );
  },
  examples: {
    compliant: [
      [
        {
          type: "azure-native:containerservice:ManagedCluster",
          props: { networkProfile: { networkPlugin: "azure", networkPolicy: "calico" } },
        },
      ],
    ],
    nonCompliant: [[{ type: "azure-native:containerservice:ManagedCluster", props: { networkProfile: { networkPlugin: "kubenet" } } }]],
  },
});
