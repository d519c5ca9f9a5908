import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { same } from "../../shared/azure";

export const databricksPublicNetworkAccess = defineControl({
  id: "azure-databricks-public-network-access",
  title: "Databricks workspaces disable public network access",
  rationale: "With public network access disabled, the workspace UI and APIs are reachable only through private endpoints.",
  severity: "medium",
  cloud: "azure",
  service: "databricks",
  resourceTypes: ["azure-native:databricks:Workspace"],
  frameworks: {
    "cis-azure-6.0": ["2.1.10"],
    "nist-800-53-r5": ["SC-7", "AC-4"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.20"],
    "pci-dss-4.0": ["1.4.1"],
  },
  remediation:
    'Set publicNetworkAccess: "Disabled" with requiredNsgRules: "NoAzureDatabricksRules" and private endpoints for the workspace.',
  enforcementLevel: "advisory",
  tags: ["network", "public-exposure", "analytics"],
  check: (r) =>
    same(r.props.publicNetworkAccess, "Disabled")
      ? pass()
      : fail(
          "publicNetworkAccess",
          `publicNetworkAccess is ${JSON.stringify(r.props.publicNetworkAccess ?? "unset (Enabled)")}; set it to "Disabled"`,
        ),
  examples: {
    compliant: [
      [
        {
          type: "azure-native:databricks:Workspace",
          props: { publicNetworkAccess: "Disabled", requiredNsgRules: "NoAzureDatabricksRules" },
        },
      ],
    ],
    nonCompliant: [[{ type: "azure-native:databricks:Workspace", props: {} }]],
  },
});
