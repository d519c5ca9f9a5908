import { defineControl } from "../../model/control";
import { peek } from "../../model/unknowns";
import { failAll, notApplicable, type Violation } from "../../model/verdict";
import { type Bag, objectOf } from "../../shared/azure";
import { azurePolicy } from "../../shared/azure-policy";
import { objectsOf } from "../../shared/network";
import { str } from "../../shared/text";

/** Subnets Azure reserves for gateways and firewalls: an NSG there is unsupported or breaks the service. */
export const NSG_EXEMPT_SUBNETS = ["GatewaySubnet", "AzureFirewallSubnet", "AzureFirewallManagementSubnet", "RouteServerSubnet"] as const;

const VNET = "azure-native:network:VirtualNetwork";
const SUBNET = "azure-native:network:Subnet";

/**
 * An NSG is attached when `networkSecurityGroup` is set. Its `id` is usually another resource's id, unknown
 * until that NSG exists: an unknown id still names an NSG, so only the object itself is read strictly.
 */
function hasNsg(subnet: Bag): boolean {
  const nsg = objectOf(subnet.networkSecurityGroup);
  if (!nsg) return false;
  const id = peek(nsg, "id");
  return !id.known || (typeof id.value === "string" && id.value !== "");
}

export const subnetNsg = defineControl({
  id: "azure-network-subnet-nsg",
  title: "Subnets are associated with a network security group",
  rationale:
    "A subnet without an NSG filters nothing: every VM, private endpoint and service in it is reachable from anywhere its routes allow. Gateway and firewall subnets are the documented exceptions.",
  severity: "high",
  cloud: "azure",
  service: "network",
  resourceTypes: [VNET, SUBNET],
  frameworks: {
    "cis-azure-6.0": ["7.11", "2.1.2"],
    "nist-800-53-r5": ["AC-4", "SC-7", "SC-7(5)"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.20", "A.8.22"],
    "pci-dss-4.0": ["1.2.5", "1.3.1"],
    hipaa: ["164.312(e)(1)"],
  },
  remediation:
    "Set networkSecurityGroup: { id: nsg.id } on the subnet (inline in the virtual network's subnets, or on the network.Subnet resource); GatewaySubnet, AzureFirewallSubnet, AzureFirewallManagementSubnet and RouteServerSubnet are exempt.",
  enforcementLevel: "mandatory",
  tags: ["network"],
  configSchema: {
    exemptSubnetNames: {
      type: "array",
      items: { type: "string", minLength: 1 },
      default: [...NSG_EXEMPT_SUBNETS],
      description: "Subnet names that may not carry an NSG (Azure-reserved gateway and firewall subnets).",
    },
  },
  check: (r, ctx) => {
    const exempt = (Array.isArray(ctx.settings.exemptSubnetNames) ? ctx.settings.exemptSubnetNames : [...NSG_EXEMPT_SUBNETS]).map(
      (n: unknown) => str(n).toLowerCase(),
    );
    if (r.type === SUBNET) {
      const name = r.props.subnetName;
      if (typeof name === "string" && exempt.includes(name.toLowerCase())) return notApplicable(`${name} is an Azure-reserved subnet`);
      return failAll(
        hasNsg(r.props)
          ? []
          : [{ property: "networkSecurityGroup", message: `subnet ${name ?? r.name} has no networkSecurityGroup; associate an NSG` }],
      );
    }
    const violations: Violation[] = [];
    objectsOf(r.props.subnets).forEach((subnet, i) => {
      const name = subnet.name;
      if (typeof name === "string" && exempt.includes(name.toLowerCase())) return;
      if (!hasNsg(subnet)) {
        violations.push({
          property: `subnets[${i}].networkSecurityGroup`,
          message: `subnet ${name ?? i} has no networkSecurityGroup; associate an NSG`,
        });
      }
    });
    return failAll(violations);
  },
  preventive: [
    azurePolicy({
      name: "palisade-subnet-nsg",
      displayName: "Subnets must be associated with a network security group",
      description:
        "Denies subnets, inline or separate, without a network security group, except Azure-reserved gateway and firewall subnets (Palisade control azure-network-subnet-nsg).",
      mode: "All",
      nonCompliantWhen: {
        anyOf: [
          {
            allOf: [
              { field: "type", equals: "Microsoft.Network/virtualNetworks" },
              {
                count: {
                  field: "Microsoft.Network/virtualNetworks/subnets[*]",
                  where: {
                    allOf: [
                      { field: "Microsoft.Network/virtualNetworks/subnets[*].name", notIn: [...NSG_EXEMPT_SUBNETS] },
                      { field: "Microsoft.Network/virtualNetworks/subnets[*].networkSecurityGroup.id", exists: "false" },
                    ],
                  },
                },
                greater: 0,
              },
            ],
          },
          {
            allOf: [
              { field: "type", equals: "Microsoft.Network/virtualNetworks/subnets" },
              { field: "name", notIn: [...NSG_EXEMPT_SUBNETS] },
              { field: "Microsoft.Network/virtualNetworks/subnets/networkSecurityGroup.id", exists: "false" },
            ],
          },
        ],
      },
    }),
  ],
  examples: {
    compliant: [
      [
        {
          type: VNET,
          props: {
            addressSpace: { addressPrefixes: ["10.0.0.0/16"] },
            subnets: [
              { name: "app", addressPrefix: "10.0.1.0/24", networkSecurityGroup: { id: "04da6b54-80e4-46f7-96ec-b56ff0331ba9" } },
              { name: "AzureFirewallSubnet", addressPrefix: "10.0.0.0/26" },
            ],
          },
        },
      ],
      [{ type: SUBNET, props: { subnetName: "data", addressPrefix: "10.0.2.0/24", networkSecurityGroup: { id: "/subscriptions/s/nsg" } } }],
      [{ type: SUBNET, props: { subnetName: "GatewaySubnet", addressPrefix: "10.0.3.0/27" } }],
    ],
    nonCompliant: [
      [{ type: VNET, props: { subnets: [{ name: "app", addressPrefix: "10.0.1.0/24" }] } }],
      [{ type: SUBNET, props: { subnetName: "data", addressPrefix: "10.0.2.0/24" } }],
    ],
  },
});
