import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

export const projectNoDefaultNetwork = defineControl({
  id: "gcp-project-no-default-network",
  title: "Projects are created without the default network",
  rationale:
    "The default network is an auto-mode VPC with a subnet in every region and permissive firewall rules (SSH, RDP and ICMP from anywhere); it is never the network a workload should use.",
  severity: "high",
  cloud: "gcp",
  service: "project",
  resourceTypes: ["gcp:organizations/project:Project"],
  frameworks: {
    "cis-gcp-5.0": ["3.1"],
    "cis-gcp-3.0": ["3.1"],
    "nist-800-53-r5": ["SC-7", "CM-7", "CM-6"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.20", "A.8.22"],
    "pci-dss-4.0": ["1.2.5", "2.2.5"],
    hipaa: ["164.312(e)(1)"],
  },
  remediation: "Set autoCreateNetwork: false and create a custom-mode VPC (or attach the project to the Shared VPC).",
  enforcementLevel: "mandatory",
  tags: ["network"],
  check: (r) =>
    r.props.autoCreateNetwork === false
      ? pass()
      : fail("autoCreateNetwork", `autoCreateNetwork is ${JSON.stringify(r.props.autoCreateNetwork ?? true)}; set it to false`),
  remediate: (r) => (r.props.autoCreateNetwork === false ? undefined : { ...r.props, autoCreateNetwork: false }),
  preventive: [{ kind: "gcp-org-policy", constraint: "compute.skipDefaultNetworkCreation", constraintType: "boolean", enforce: true }],
  examples: {
    compliant: [[{ type: "gcp:organizations/project:Project", props: { projectId: "acme-app-prod", autoCreateNetwork: false } }]],
    nonCompliant: [[{ type: "gcp:organizations/project:Project", props: { projectId: "acme-app-prod" } }]],
  },
});
