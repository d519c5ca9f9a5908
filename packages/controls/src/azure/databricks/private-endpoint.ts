import { defineControl } from "../../model/control";
import { privateEndpointVerdict } from "../../shared/azure";

export const databricksPrivateEndpoint = defineControl({
  id: "azure-databricks-private-endpoint",
  title: "Databricks workspaces are reached through a private endpoint",
  rationale:
    "A private endpoint (databricks_ui_api) keeps workspace UI and REST API traffic on the private network, so public access can be disabled.",
  severity: "medium",
  cloud: "azure",
  service: "databricks",
  resourceTypes: ["azure-native:databricks:Workspace"],
  frameworks: {
    "cis-azure-6.0": ["2.1.11"],
    "nist-800-53-r5": ["SC-7", "AC-4"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.20", "A.8.22"],
    "pci-dss-4.0": ["1.4.1"],
  },
  remediation:
    'Add a network.PrivateEndpoint whose privateLinkServiceConnections[].privateLinkServiceId is the workspace id, with groupIds ["databricks_ui_api"].',
  enforcementLevel: "advisory",
  tags: ["network", "private-connectivity", "analytics"],
  correlatedCheck: (workspace, stack) => privateEndpointVerdict(workspace, stack, "Databricks workspace"),
  examples: {
    compliant: [
      [
        { type: "azure-native:databricks:Workspace", name: "dbw", props: { publicNetworkAccess: "Disabled" } },
        {
          type: "azure-native:network:PrivateEndpoint",
          name: "dbw-pe",
          props: {
            privateLinkServiceConnections: [
              { name: "ui", privateLinkServiceId: "04da6b54-80e4-46f7-96ec-b56ff0331ba9", groupIds: ["databricks_ui_api"] },
            ],
          },
          refs: { privateLinkServiceConnections: ["dbw"] },
        },
      ],
    ],
    nonCompliant: [[{ type: "azure-native:databricks:Workspace", name: "dbw", props: {} }]],
  },
});
