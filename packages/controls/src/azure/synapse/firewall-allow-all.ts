import { defineControl } from "../../model/control";
import { ALLOW_ALL_FRAMEWORKS, rangeRuleCheck } from "../../shared/azure-firewall";

const rule = (startIpAddress: string, endIpAddress: string) => [
  { type: "azure-native:synapse:IpFirewallRule", props: { workspaceName: "ws", resourceGroupName: "rg", startIpAddress, endIpAddress } },
];

export const synapseFirewallAllowAll = defineControl({
  id: "azure-synapse-firewall-allow-all",
  title: "Synapse workspace firewall rules do not admit the internet or all of Azure",
  rationale:
    "A 0.0.0.0–255.255.255.255 rule (the portal's 'allow all' shortcut) opens the workspace's SQL and development endpoints to the internet; 0.0.0.0 alone admits every tenant's Azure services.",
  severity: "critical",
  cloud: "azure",
  service: "synapse",
  resourceTypes: ["azure-native:synapse:IpFirewallRule"],
  frameworks: ALLOW_ALL_FRAMEWORKS,
  remediation: "Remove the rule; use a managed virtual network with private endpoints, or list only the client networks' public ranges.",
  enforcementLevel: "mandatory",
  tags: ["network", "public-exposure", "database"],
  check: rangeRuleCheck("startIpAddress", "endIpAddress"),
  examples: {
    compliant: [rule("198.51.100.0", "198.51.100.255")],
    // The rule seen on a real public program: the whole IPv4 space.
    nonCompliant: [rule("0.0.0.0", "255.255.255.255"), rule("0.0.0.0", "0.0.0.0")],
  },
});
