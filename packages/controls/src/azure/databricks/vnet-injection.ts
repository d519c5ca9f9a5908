import { defineControl } from "../../model/control";
import { peek } from "../../model/unknowns";
import { fail, pass } from "../../model/verdict";
import { objectOf } from "../../shared/azure";

export const databricksVnetInjection = defineControl({
  id: "azure-databricks-vnet-injection",
  title: "Databricks workspaces are deployed into a customer-managed virtual network",
  rationale:
    "VNet injection puts clusters in the organisation's network, behind its NSGs, routes and firewall, instead of a Microsoft-managed network.",
  severity: "medium",
  cloud: "azure",
  service: "databricks",
  resourceTypes: ["azure-native:databricks:Workspace"],
  frameworks: {
    "cis-azure-6.0": ["2.1.1"],
    "nist-800-53-r5": ["SC-7", "AC-4"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.22"],
    "pci-dss-4.0": ["1.2.5"],
  },
  remediation:
    "Set parameters.customVirtualNetworkId, customPublicSubnetName and customPrivateSubnetName (subnets delegated to Microsoft.Databricks/workspaces, with NSGs).",
  enforcementLevel: "advisory",
  tags: ["network", "analytics"],
  check: (r) => {
    const param = objectOf(objectOf(r.props.parameters)?.customVirtualNetworkId);
    if (param) {
      // The network id is another resource's output: an unknown id still names a network.
      const id = peek(param, "value");
      if (!id.known || (typeof id.value === "string" && id.value !== "")) return pass();
    }
    return fail(
      "parameters.customVirtualNetworkId",
      "parameters.customVirtualNetworkId is unset; deploy the workspace into your own virtual network",
    );
  },
  examples: {
    compliant: [
      [
        {
          type: "azure-native:databricks:Workspace",
          props: { parameters: { customVirtualNetworkId: { value: "04da6b54-80e4-46f7-96ec-b56ff0331ba9" } } },
        },
      ],
    ],
    nonCompliant: [[{ type: "azure-native:databricks:Workspace", props: {} }]],
  },
});
