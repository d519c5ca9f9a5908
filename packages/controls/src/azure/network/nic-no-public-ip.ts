import { defineControl } from "../../model/control";
import { failAll, type Violation } from "../../model/verdict";
import { type Bag, objectOf } from "../../shared/azure";
import { azurePolicy } from "../../shared/azure-policy";
import { objectsOf } from "../../shared/network";

const NIC = "azure-native:network:NetworkInterface";
const VM = "azure-native:compute:VirtualMachine";
const VMSS = "azure-native:compute:VirtualMachineScaleSet";

function inlineConfigurations(r: { type: string; props: Bag }): { configs: Bag[]; path: string } {
  if (r.type === VM)
    return {
      configs: objectsOf(objectOf(r.props.networkProfile)?.networkInterfaceConfigurations),
      path: "networkProfile.networkInterfaceConfigurations",
    };
  return {
    configs: objectsOf(objectOf(objectOf(r.props.virtualMachineProfile)?.networkProfile)?.networkInterfaceConfigurations),
    path: "virtualMachineProfile.networkProfile.networkInterfaceConfigurations",
  };
}

export const nicNoPublicIp = defineControl({
  id: "azure-network-nic-no-public-ip",
  title: "Network interfaces and virtual machines have no public IP address",
  rationale:
    "A public IP on a NIC makes the VM directly reachable from, and able to egress to, the internet around the hub firewall; private workloads publish through load balancers, gateways or Bastion instead.",
  severity: "high",
  cloud: "azure",
  service: "network",
  resourceTypes: [NIC, VM, VMSS],
  frameworks: {
    "cis-azure-6.0": ["7.7"],
    "cis-azure-3.0": ["7.7"],
    "nist-800-53-r5": ["AC-4", "SC-7", "SC-7(4)(b)"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.20", "A.8.22"],
    "pci-dss-4.0": ["1.3.1", "1.4.4"],
    hipaa: ["164.312(e)(1)"],
  },
  remediation:
    "Remove publicIPAddress from the NIC's ipConfigurations (publicIPAddressConfiguration on VM/VMSS network interface configurations); reach the VM through Azure Bastion, and publish services through a load balancer or Application Gateway.",
  // Deny-enforced in Corp by the landing zone; Online workloads may need public IPs on purpose.
  enforcementLevel: "advisory",
  tags: ["network", "public-exposure"],
  check: (r) => {
    const violations: Violation[] = [];
    if (r.type === NIC) {
      objectsOf(r.props.ipConfigurations).forEach((ip, i) => {
        if (objectOf(ip.publicIPAddress)) {
          violations.push({
            property: `ipConfigurations[${i}].publicIPAddress`,
            message: `ipConfigurations[${i}] (${ip.name ?? i}) has a public IP address; remove publicIPAddress`,
          });
        }
      });
      return failAll(violations);
    }
    const { configs, path } = inlineConfigurations(r);
    configs.forEach((nic, i) => {
      objectsOf(nic.ipConfigurations).forEach((ip, j) => {
        if (objectOf(ip.publicIPAddressConfiguration)) {
          violations.push({
            property: `${path}[${i}].ipConfigurations[${j}].publicIPAddressConfiguration`,
            message: `${nic.name ?? i}/${ip.name ?? j} gets a public IP address; remove publicIPAddressConfiguration`,
          });
        }
      });
    });
    return failAll(violations);
  },
  preventive: [
    azurePolicy({
      name: "palisade-nic-no-public-ip",
      displayName: "Network interfaces must not have public IPs",
      description: "Denies network interfaces with a public IP address (Palisade control azure-network-nic-no-public-ip).",
      nonCompliantWhen: {
        allOf: [
          { field: "type", equals: "Microsoft.Network/networkInterfaces" },
          { not: { field: "Microsoft.Network/networkInterfaces/ipconfigurations[*].publicIpAddress.id", notLike: "*" } },
        ],
      },
      scope: "corp",
    }),
  ],
  examples: {
    compliant: [
      [
        {
          type: NIC,
          props: {
            ipConfigurations: [{ name: "ipconfig1", subnet: { id: "/subscriptions/s/subnets/app" }, privateIPAllocationMethod: "Dynamic" }],
          },
        },
      ],
      [
        {
          type: VM,
          props: {
            networkProfile: {
              networkInterfaceConfigurations: [
                { name: "nic", ipConfigurations: [{ name: "ip", subnet: { id: "/subscriptions/s/subnets/app" } }] },
              ],
            },
          },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: NIC,
          props: { ipConfigurations: [{ name: "ipconfig1", publicIPAddress: { id: "/subscriptions/s/publicIPAddresses/pip" } }] },
        },
      ],
      [
        {
          type: VMSS,
          props: {
            virtualMachineProfile: {
              networkProfile: {
                networkInterfaceConfigurations: [
                  { name: "nic", ipConfigurations: [{ name: "ip", publicIPAddressConfiguration: { name: "pip" } }] },
                ],
              },
            },
          },
        },
      ],
    ],
  },
});
