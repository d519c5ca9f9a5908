import { defineControl } from "../../model/control";
import { failAll } from "../../model/verdict";
import { NSG_TYPES, openPortViolations } from "../../shared/azure-nsg";

const WEB_PORTS = [80, 443] as const;

export const nsgHttpFromInternet = defineControl({
  id: "azure-network-nsg-http-from-internet",
  title: "Network security groups expose HTTP(S) to the internet only where intended",
  rationale:
    "Web ports open directly on VMs bypass the Application Gateway WAF or Front Door in front of them; internet-facing HTTP(S) should be a reviewed exception.",
  severity: "low",
  cloud: "azure",
  service: "network",
  resourceTypes: [...NSG_TYPES],
  frameworks: {
    "cis-azure-6.0": ["7.4"],
    "cis-azure-3.0": ["7.4"],
    "nist-800-53-r5": ["AC-4", "SC-7"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.20"],
    "pci-dss-4.0": ["1.3.1", "6.4.2"],
  },
  remediation:
    "Publish web workloads through Application Gateway with WAF or Front Door and restrict the NSG source to them (service tags such as GatewayManager/AzureFrontDoor.Backend); exempt intended public entry points by tag.",
  enforcementLevel: "advisory",
  tags: ["network", "public-exposure"],
  check: (r) => failAll(openPortViolations(r.type, r.props, WEB_PORTS, ["tcp"], "web")),
  examples: {
    compliant: [
      [
        {
          type: "azure-native:network:NetworkSecurityGroup",
          props: {
            securityRules: [
              {
                name: "https-from-front-door",
                direction: "Inbound",
                access: "Allow",
                protocol: "Tcp",
                sourceAddressPrefix: "AzureFrontDoor.Backend",
                destinationPortRange: "443",
                priority: 100,
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
                name: "web",
                direction: "Inbound",
                access: "Allow",
                protocol: "Tcp",
                sourceAddressPrefix: "Internet",
                destinationPortRanges: ["80", "443"],
                priority: 100,
              },
            ],
          },
        },
      ],
    ],
  },
});
