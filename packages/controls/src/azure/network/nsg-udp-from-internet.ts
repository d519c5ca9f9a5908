import { defineControl } from "../../model/control";
import { failAll } from "../../model/verdict";
import { NSG_TYPES, nsgOpenPortsCondition, openInboundRules } from "../../shared/azure-nsg";
import { azurePolicy } from "../../shared/azure-policy";

export const nsgUdpFromInternet = defineControl({
  id: "azure-network-nsg-udp-from-internet",
  title: "Network security groups do not allow UDP from the internet",
  rationale:
    "Internet-facing UDP services (DNS, NTP, SNMP, CLDAP, SSDP) are abused for reflection and amplification DDoS attacks and are rarely meant to be public.",
  severity: "high",
  cloud: "azure",
  service: "network",
  resourceTypes: [...NSG_TYPES],
  frameworks: {
    "cis-azure-6.0": ["7.3"],
    "cis-azure-3.0": ["7.3"],
    "nist-800-53-r5": ["AC-4", "SC-7", "SC-5"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.20", "A.8.22"],
    "pci-dss-4.0": ["1.3.1", "1.4.2"],
    hipaa: ["164.312(e)(1)"],
  },
  remediation: 'Remove inbound Allow rules with protocol "Udp" or "*" from *, Internet or 0.0.0.0/0, or restrict their source.',
  enforcementLevel: "mandatory",
  tags: ["network", "public-exposure"],
  check: (r) =>
    failAll(
      openInboundRules(r.type, r.props, ["udp"]).map((open) => ({
        property: open.property,
        message: `rule ${open.label} allows inbound ${open.protocol === "*" ? "any protocol (including UDP)" : "UDP"} from ${open.sources.join(", ")}; restrict the protocol to Tcp or the source to known networks`,
      })),
    ),
  preventive: [
    azurePolicy({
      name: "palisade-nsg-udp-from-internet",
      displayName: "Network security groups must not allow UDP from the internet",
      description:
        "Denies inbound Allow rules for UDP (or any protocol) from any source (Palisade control azure-network-nsg-udp-from-internet).",
      mode: "All",
      nonCompliantWhen: nsgOpenPortsCondition({ protocols: ["Udp"] }),
      scope: "corp",
    }),
  ],
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
                name: "dns-vnet",
                direction: "Inbound",
                access: "Allow",
                protocol: "Udp",
                sourceAddressPrefix: "VirtualNetwork",
                destinationPortRange: "53",
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
                name: "ntp",
                direction: "Inbound",
                access: "Allow",
                protocol: "Udp",
                sourceAddressPrefix: "*",
                destinationPortRange: "123",
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
            protocol: "*",
            sourceAddressPrefix: "Internet",
            destinationPortRange: "443",
            priority: 100,
          },
        },
      ],
    ],
  },
});
