import { defineControl } from "../../model/control";
import { fail, notApplicable, pass } from "../../model/verdict";
import { objectOf, same } from "../../shared/azure";
import { listOf } from "../../shared/network";

export const vpnGatewayEntraAuth = defineControl({
  id: "azure-network-vpn-gateway-entra-auth",
  title: "Point-to-site VPN gateways authenticate users with Microsoft Entra ID only",
  rationale:
    "Certificate and RADIUS authentication bypass Conditional Access and MFA; Entra ID authentication applies the organisation's sign-in policies to every VPN user.",
  severity: "medium",
  cloud: "azure",
  service: "network",
  resourceTypes: ["azure-native:network:VirtualNetworkGateway"],
  frameworks: {
    "cis-azure-6.0": ["7.9"],
    "nist-800-53-r5": ["IA-2", "IA-2(1)", "AC-17(1)"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.8.5"],
    "pci-dss-4.0": ["8.4.2", "8.4.3"],
    hipaa: ["164.312(d)"],
  },
  remediation:
    'Set vpnClientConfiguration.vpnAuthenticationTypes: ["AAD"] with aadTenant, aadAudience and aadIssuer, and the OpenVPN protocol.',
  enforcementLevel: "mandatory",
  tags: ["network", "identity"],
  check: (r) => {
    const config = objectOf(r.props.vpnClientConfiguration);
    if (!config) return notApplicable("no point-to-site configuration");
    const types = listOf<unknown>(config.vpnAuthenticationTypes);
    return types.length > 0 && types.every((t) => same(t, "AAD"))
      ? pass()
      : fail(
          "vpnClientConfiguration.vpnAuthenticationTypes",
          `vpnClientConfiguration.vpnAuthenticationTypes is ${JSON.stringify(config.vpnAuthenticationTypes ?? "unset")}; set it to ["AAD"]`,
        );
  },
  examples: {
    compliant: [
      [
        {
          type: "azure-native:network:VirtualNetworkGateway",
          props: {
            gatewayType: "Vpn",
            vpnClientConfiguration: {
              vpnAuthenticationTypes: ["AAD"],
              vpnClientProtocols: ["OpenVPN"],
              aadTenant: "https://login.microsoftonline.com/t",
            },
          },
        },
      ],
      [{ type: "azure-native:network:VirtualNetworkGateway", props: { gatewayType: "Vpn" } }],
    ],
    nonCompliant: [
      [
        {
          type: "azure-native:network:VirtualNetworkGateway",
          props: {
            gatewayType: "Vpn",
            vpnClientConfiguration: { vpnAuthenticationTypes: ["Certificate", "AAD"], vpnClientProtocols: ["OpenVPN"] },
          },
        },
      ],
    ],
  },
});
