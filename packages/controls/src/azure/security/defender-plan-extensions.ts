import { defineControl } from "../../model/control";
import { failAll, notApplicable, type Violation } from "../../model/verdict";
import { same } from "../../shared/azure";
import { objectsOf } from "../../shared/network";

/** Plan components CIS asks for, by plan name. */
const REQUIRED: Record<string, readonly string[]> = {
  virtualmachines: ["AgentlessVmScanning", "FileIntegrityMonitoring"],
  containers: ["AgentlessDiscoveryForKubernetes", "ContainerRegistriesVulnerabilityAssessments"],
};

export const defenderPlanExtensions = defineControl({
  id: "azure-security-defender-plan-extensions",
  title: "Defender for Servers and Containers keep their scanning components on",
  rationale:
    "Agentless scanning, file integrity monitoring, agentless Kubernetes discovery and registry vulnerability assessment are what the plans detect with; turning them off leaves a paid plan half blind.",
  severity: "medium",
  cloud: "azure",
  service: "security",
  resourceTypes: ["azure-native:security:Pricing"],
  frameworks: {
    "cis-azure-6.0": ["8.1.3.4", "8.1.3.5"],
    "cis-azure-3.0": ["3.1.3.4", "3.1.3.5", "3.1.4.2", "3.1.4.3"],
    "nist-800-53-r5": ["RA-5", "SI-4", "SI-7(a)"],
    soc2: ["CC7.1"],
    "iso27001-2022": ["A.8.8", "A.8.16"],
    "pci-dss-4.0": ["11.3.1", "11.5.2"],
  },
  remediation:
    'Leave the components at their default (on) or list them with isEnabled: "True": VirtualMachines P2 → AgentlessVmScanning, FileIntegrityMonitoring; Containers → AgentlessDiscoveryForKubernetes, ContainerRegistriesVulnerabilityAssessments.',
  enforcementLevel: "advisory",
  tags: ["threat-detection"],
  check: (r) => {
    const plan = typeof r.props.pricingName === "string" ? r.props.pricingName : r.name;
    const required = REQUIRED[plan.toLowerCase()];
    if (!required) return notApplicable(`plan ${plan} has no components CIS asks for`);
    const violations: Violation[] = [];
    objectsOf(r.props.extensions).forEach((e, i) => {
      // Components not listed keep their default, which is on.
      if (required.some((name) => same(e.name, name)) && !same(e.isEnabled, "True")) {
        violations.push({
          property: `extensions[${i}].isEnabled`,
          message: `${plan} component ${e.name} is turned off (isEnabled ${JSON.stringify(e.isEnabled)}); set isEnabled: "True"`,
        });
      }
    });
    return failAll(violations);
  },
  examples: {
    compliant: [
      [
        {
          type: "azure-native:security:Pricing",
          props: {
            pricingName: "Containers",
            pricingTier: "Standard",
            scopeId: "/subscriptions/s",
            extensions: [{ name: "ContainerRegistriesVulnerabilityAssessments", isEnabled: "True" }],
          },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "azure-native:security:Pricing",
          props: {
            pricingName: "VirtualMachines",
            pricingTier: "Standard",
            subPlan: "P2",
            scopeId: "/subscriptions/s",
            extensions: [{ name: "AgentlessVmScanning", isEnabled: "False" }],
          },
        },
      ],
    ],
  },
});
