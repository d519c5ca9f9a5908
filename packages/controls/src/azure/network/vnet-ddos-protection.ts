import { defineControl } from "../../model/control";
import { peek } from "../../model/unknowns";
import { failAll, type Violation } from "../../model/verdict";
import { objectOf } from "../../shared/azure";

export const vnetDdosProtection = defineControl({
  id: "azure-network-vnet-ddos-protection",
  title: "Virtual networks are protected by an Azure DDoS Protection plan",
  rationale:
    "Network protection adds adaptive tuning, attack telemetry, rapid response and cost protection beyond the platform's basic infrastructure protection for public endpoints in the network.",
  severity: "low",
  cloud: "azure",
  service: "network",
  resourceTypes: ["azure-native:network:VirtualNetwork"],
  frameworks: {
    "cis-azure-6.0": ["8.5"],
    "nist-800-53-r5": ["SC-5", "SC-5(2)"],
    soc2: ["A1.2"],
    "iso27001-2022": ["A.8.20", "A.8.6"],
  },
  remediation:
    "Set enableDdosProtection: true and ddosProtectionPlan: { id: plan.id } (one network.DdosProtectionPlan can cover many networks).",
  // A plan has a significant fixed monthly cost: a per-organisation decision, not a default gate.
  enforcementLevel: "advisory",
  tags: ["network", "resilience"],
  check: (r) => {
    const violations: Violation[] = [];
    if (r.props.enableDdosProtection !== true) {
      violations.push({
        property: "enableDdosProtection",
        message: `enableDdosProtection is ${JSON.stringify(r.props.enableDdosProtection ?? "unset (false)")}; set it to true`,
      });
    }
    const plan = objectOf(r.props.ddosProtectionPlan);
    const id = plan ? peek(plan, "id") : undefined;
    // The plan's id is another resource's output: an unknown id still names a plan.
    if (!plan || (id?.known && (typeof id.value !== "string" || id.value === ""))) {
      violations.push({ property: "ddosProtectionPlan", message: "ddosProtectionPlan is unset; reference a network.DdosProtectionPlan" });
    }
    return failAll(violations);
  },
  examples: {
    compliant: [
      [
        {
          type: "azure-native:network:VirtualNetwork",
          props: { enableDdosProtection: true, ddosProtectionPlan: { id: "04da6b54-80e4-46f7-96ec-b56ff0331ba9" } },
        },
      ],
    ],
    nonCompliant: [[{ type: "azure-native:network:VirtualNetwork", props: { addressSpace: { addressPrefixes: ["10.0.0.0/16"] } } }]],
  },
});
