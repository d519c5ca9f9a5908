import { defineControl } from "../../model/control";
import { failAll, type Violation } from "../../model/verdict";
import { ADMIN_PORTS, isOpenAzureSource, listOf, objectsOf, portSpecCovers } from "../../shared/network";

// biome-ignore lint/suspicious/noExplicitAny: provider-shaped JSON
type Rule = Record<string, any>;

function rulesOf(type: string, props: Rule): Rule[] {
  // Rules come inline on the NSG or as separate SecurityRule resources; azure-native flattens both.
  if (type === "azure-native:network:NetworkSecurityGroup") return objectsOf(props.securityRules);
  return [props];
}

export const nsgAdminPorts = defineControl({
  id: "azure-network-nsg-admin-ports",
  title: "Network security groups do not allow SSH or RDP from the internet",
  rationale: "Inbound 22 or 3389 from any source exposes VMs to brute force; use Azure Bastion or just-in-time access.",
  severity: "critical",
  cloud: "azure",
  service: "network",
  resourceTypes: ["azure-native:network:NetworkSecurityGroup", "azure-native:network:SecurityRule"],
  frameworks: {
    "cis-azure-6.0": ["7.1", "7.2"],
    "cis-azure-3.0": ["7.1", "7.2"],
    "nist-800-53-r5": ["AC-4", "SC-7", "CM-7"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.20", "A.8.22"],
    "pci-dss-4.0": ["1.3.1", "1.4.2"],
    hipaa: ["164.312(e)(1)"],
  },
  remediation: "Remove inbound Allow rules for ports 22/3389 from *, Internet or 0.0.0.0/0; use Azure Bastion or just-in-time VM access.",
  enforcementLevel: "mandatory",
  tags: ["network", "public-exposure"],
  check: (r) => {
    const violations: Violation[] = [];
    rulesOf(r.type, r.props).forEach((rule, i) => {
      if (String(rule.direction).toLowerCase() !== "inbound" || String(rule.access).toLowerCase() !== "allow") return;
      if (!["tcp", "*"].includes(String(rule.protocol).toLowerCase())) return;
      const sources = [rule.sourceAddressPrefix, ...listOf<unknown>(rule.sourceAddressPrefixes)].filter(isOpenAzureSource);
      if (sources.length === 0) return;
      const ports = [rule.destinationPortRange, ...listOf<unknown>(rule.destinationPortRanges)];
      for (const port of ADMIN_PORTS) {
        if (ports.some((p) => portSpecCovers(p, port))) {
          violations.push({
            property: r.type === "azure-native:network:SecurityRule" ? "destinationPortRange" : `securityRules[${i}]`,
            message: `rule ${rule.name ?? i} allows inbound port ${port} from ${sources.join(", ")}; remove it or restrict the source`,
          });
        }
      }
    });
    return failAll(violations);
  },
  examples: {
    compliant: [
      [
        {
          type: "azure-native:network:NetworkSecurityGroup",
          props: {
            securityRules: [
              {
                name: "https",
                direction: "Inbound",
                access: "Allow",
                protocol: "Tcp",
                sourceAddressPrefix: "Internet",
                destinationPortRange: "443",
                priority: 100,
              },
              {
                name: "ssh-vnet",
                direction: "Inbound",
                access: "Allow",
                protocol: "Tcp",
                sourceAddressPrefix: "VirtualNetwork",
                destinationPortRange: "22",
                priority: 110,
              },
            ],
          },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "azure-native:network:NetworkSecurityGroup",
          props: {
            securityRules: [
              {
                name: "rdp",
                direction: "Inbound",
                access: "Allow",
                protocol: "*",
                sourceAddressPrefix: "*",
                destinationPortRange: "3000-4000",
                priority: 100,
              },
            ],
          },
        },
      ],
      [
        {
          type: "azure-native:network:SecurityRule",
          props: {
            direction: "Inbound",
            access: "Allow",
            protocol: "Tcp",
            sourceAddressPrefixes: ["0.0.0.0/0"],
            destinationPortRanges: ["22"],
            priority: 100,
          },
        },
      ],
    ],
  },
});
