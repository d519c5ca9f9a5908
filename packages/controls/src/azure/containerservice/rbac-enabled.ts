import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

export const aksRbacEnabled = defineControl({
  id: "azure-containerservice-rbac-enabled",
  title: "AKS clusters have Kubernetes RBAC enabled",
  rationale: "Without Kubernetes RBAC every authenticated user is effectively cluster admin; it cannot be turned on after creation.",
  severity: "critical",
  cloud: "azure",
  service: "containerservice",
  resourceTypes: ["azure-native:containerservice:ManagedCluster"],
  frameworks: {
    "nist-800-53-r5": ["AC-3", "AC-6"],
    soc2: ["CC6.1", "CC6.3"],
    "iso27001-2022": ["A.5.15", "A.8.2"],
    "pci-dss-4.0": ["7.2.1", "7.2.2"],
    hipaa: ["164.312(a)(1)"],
  },
  remediation: "Set enableRBAC: true when creating the cluster (it is immutable: recreate clusters created without it).",
  enforcementLevel: "mandatory",
  tags: ["kubernetes", "identity"],
  // The service default is true; only an explicit false disables RBAC.
  check: (r) =>
    r.props.enableRBAC === false ? fail("enableRBAC", "enableRBAC is false; set it to true (requires recreating the cluster)") : pass(),
  examples: {
    compliant: [
      [{ type: "azure-native:containerservice:ManagedCluster", props: { enableRBAC: true } }],
      [{ type: "azure-native:containerservice:ManagedCluster", props: {} }],
    ],
    nonCompliant: [[{ type: "azure-native:containerservice:ManagedCluster", props: { enableRBAC: false } }]],
  },
});
