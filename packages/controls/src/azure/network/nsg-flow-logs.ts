import type { StackResource } from "../../model/control";
import { defineControl } from "../../model/control";
import { peek } from "../../model/unknowns";
import { cannotEvaluate, fail, pass } from "../../model/verdict";
import { NSG } from "../../shared/azure-nsg";

const FLOW_LOG = ["azure-native:network:FlowLog"];
const SUBNET = ["azure-native:network:Subnet"];
const VNET = ["azure-native:network:VirtualNetwork"];

function knownId(r: StackResource): string | undefined {
  const id = peek(r.props, "id");
  return id.known && typeof id.value === "string" && id.value !== "" ? id.value.toLowerCase() : undefined;
}

function dependsOn(r: StackResource, property: string, target: StackResource): boolean {
  return (r.propertyDependencies[property] ?? []).includes(target);
}

/** In state files the relation is an id inside the property's value. */
function mentions(r: StackResource, property: string, id: string | undefined): boolean {
  if (!id) return false;
  const v = peek(r.props, property);
  return v.known && v.value !== undefined && JSON.stringify(v.value).toLowerCase().includes(id);
}

/**
 * NSG traffic is captured by a flow log on the NSG itself (NSG flow logs, which Azure is retiring) or on
 * the virtual network or subnet the NSG protects (VNet flow logs, their replacement). Relations come from
 * propertyDependencies at preview and from ids in state.
 */
export const nsgFlowLogs = defineControl({
  id: "azure-network-nsg-flow-logs",
  title: "Traffic through network security groups is captured by flow logs",
  rationale:
    "Flow logs record which connections an NSG allowed or denied; without them a breach's network path cannot be reconstructed and traffic analytics has nothing to work on.",
  severity: "medium",
  cloud: "azure",
  service: "network",
  resourceTypes: [NSG],
  frameworks: {
    "cis-azure-6.0": ["6.1.1.5", "6.1.1.6"],
    "cis-azure-3.0": ["6.1.5"],
    "nist-800-53-r5": ["AU-2", "AU-12", "SI-4"],
    soc2: ["CC7.2"],
    "iso27001-2022": ["A.8.15", "A.8.16"],
    "pci-dss-4.0": ["10.2.1"],
    hipaa: ["164.312(b)"],
  },
  remediation:
    "Add a network.FlowLog whose targetResourceId is the virtual network the NSG's subnets belong to (VNet flow logs; new NSG flow logs can no longer be created since June 2025), with retention and Traffic Analytics to the Log Analytics workspace.",
  enforcementLevel: "advisory",
  tags: ["logging", "network"],
  correlatedCheck: (nsg, stack) => {
    const nsgId = knownId(nsg);
    const targets: StackResource[] = [nsg];
    for (const subnet of stack.ofType(SUBNET)) {
      if (!dependsOn(subnet, "networkSecurityGroup", nsg) && !mentions(subnet, "networkSecurityGroup", nsgId)) continue;
      targets.push(subnet);
      const vnetName = peek(subnet.props, "virtualNetworkName");
      for (const vnet of stack.ofType(VNET)) {
        const name = peek(vnet.props, "virtualNetworkName");
        const sameName = vnetName.known && name.known && typeof name.value === "string" && name.value === vnetName.value;
        if (dependsOn(subnet, "virtualNetworkName", vnet) || sameName) targets.push(vnet);
      }
    }
    for (const vnet of stack.ofType(VNET)) {
      if (!targets.includes(vnet) && (dependsOn(vnet, "subnets", nsg) || mentions(vnet, "subnets", nsgId))) targets.push(vnet);
    }
    const undecided: string[] = [];
    for (const target of targets) {
      const { found, undecided: open } = stack.referencingOrUnknown(target, FLOW_LOG, "targetResourceId");
      for (const flow of found) {
        const enabled = peek(flow.props, "enabled");
        if (!enabled.known) undecided.push(`${flow.name}.enabled`);
        else if (enabled.value !== false) return pass();
      }
      undecided.push(...open.map((f) => `${f.name}.targetResourceId`));
    }
    if (undecided.length > 0) return cannotEvaluate(undecided[0].split(".").pop() ?? "targetResourceId", `${undecided[0]} is unknown`);
    return fail(
      "flowLogs",
      `no flow log in this stack targets NSG ${nsg.name} or a virtual network or subnet it protects; add a network.FlowLog for the virtual network`,
    );
  },
  examples: {
    compliant: [
      [
        { type: NSG, name: "app-nsg", props: { securityRules: [] } },
        {
          type: "azure-native:network:FlowLog",
          name: "app-nsg-flow",
          props: {
            enabled: true,
            targetResourceId: "04da6b54-80e4-46f7-96ec-b56ff0331ba9",
            storageId: "/sa",
            retentionPolicy: { enabled: true, days: 90 },
          },
          refs: { targetResourceId: ["app-nsg"] },
        },
      ],
      [
        { type: NSG, name: "app-nsg", props: { securityRules: [] } },
        {
          type: "azure-native:network:VirtualNetwork",
          name: "spoke",
          props: {
            subnets: [{ name: "app", addressPrefix: "10.1.0.0/24", networkSecurityGroup: { id: "04da6b54-80e4-46f7-96ec-b56ff0331ba9" } }],
          },
          refs: { subnets: ["app-nsg"] },
        },
        {
          type: "azure-native:network:FlowLog",
          name: "spoke-flow",
          props: {
            enabled: true,
            targetResourceId: "04da6b54-80e4-46f7-96ec-b56ff0331ba9",
            storageId: "/sa",
            retentionPolicy: { enabled: true, days: 90 },
          },
          refs: { targetResourceId: ["spoke"] },
        },
      ],
    ],
    nonCompliant: [
      [{ type: NSG, name: "app-nsg", props: { securityRules: [] } }],
      [
        { type: NSG, name: "app-nsg", props: { securityRules: [] } },
        {
          type: "azure-native:network:FlowLog",
          name: "off",
          props: { enabled: false, targetResourceId: "04da6b54-80e4-46f7-96ec-b56ff0331ba9", storageId: "/sa" },
          refs: { targetResourceId: ["app-nsg"] },
        },
      ],
    ],
  },
});
