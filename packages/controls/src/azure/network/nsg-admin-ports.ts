import { defineControl } from "../../model/control";
import { failAll } from "../../model/verdict";
import { NSG_TYPES, nsgOpenPortsCondition, openPortViolations } from "../../shared/azure-nsg";
import { azurePolicy } from "../../shared/azure-policy";
import { ADMIN_PORTS } from "../../shared/network";

export const nsgAdminPorts = defineControl({
  id: "azure-network-nsg-admin-ports",
  title: "Network security groups do not allow SSH or RDP from the internet",
  rationale: "Inbound 22 or 3389 from any source exposes VMs to brute force; use Azure Bastion or just-in-time access.",
  severity: "critical",
  cloud: "azure",
  service: "network",
  resourceTypes: [...NSG_TYPES],
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
  // RDP also listens on UDP 3389.
  check: (r) => failAll(openPortViolations(r.type, r.props, ADMIN_PORTS, ["tcp", "udp"], "administration")),
  preventive: [
    azurePolicy({
      name: "palisade-nsg-admin-ports",
      displayName: "Network security groups must not allow SSH or RDP from the internet",
      description:
        "Denies inbound Allow rules for ports 22 and 3389 from any source, inline or as separate rules (Palisade control azure-network-nsg-admin-ports).",
      mode: "All",
      nonCompliantWhen: nsgOpenPortsCondition({ ports: ADMIN_PORTS, protocols: ["Tcp", "Udp"] }),
    }),
  ],
  response: [
    {
      runbook: "azure-remove-open-admin-nsg-rules",
      trigger: "Event Grid Microsoft.Resources.ResourceWriteSuccess for Microsoft.Network/networkSecurityGroups[/securityRules]/write",
      action: "Microsoft.Network/networkSecurityGroups/securityRules/delete of the open admin-port inbound Allow rules only",
      kind: "remediate",
    },
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
                destinationPortRange: "3389",
                priority: 100,
              },
            ],
          },
        },
      ],
      [
        {
          type: "azure-native:network:NetworkSecurityGroup",
          props: {
            securityRules: [
              {
                name: "wide",
                direction: "Inbound",
                access: "Allow",
                protocol: "Tcp",
                sourceAddressPrefix: "Internet",
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
