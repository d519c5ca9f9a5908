import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { objectOf } from "../../shared/azure";

export const databricksNoPublicIp = defineControl({
  id: "azure-databricks-no-public-ip",
  title: "Databricks workspaces use secure cluster connectivity (no public IP)",
  rationale:
    "With No Public IP, cluster nodes have no public addresses and no open inbound ports; the control plane reaches them over a relay.",
  severity: "high",
  cloud: "azure",
  service: "databricks",
  resourceTypes: ["azure-native:databricks:Workspace"],
  frameworks: {
    "cis-azure-6.0": ["2.1.9"],
    "nist-800-53-r5": ["SC-7", "AC-4"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.20", "A.8.22"],
    "pci-dss-4.0": ["1.4.4"],
  },
  remediation: "Set parameters.enableNoPublicIp: { value: true }.",
  enforcementLevel: "mandatory",
  tags: ["network", "public-exposure", "analytics"],
  check: (r) => {
    const value = objectOf(objectOf(r.props.parameters)?.enableNoPublicIp)?.value;
    // Workspaces created with API 2024-05-01 or later default to true.
    return value === false
      ? fail("parameters.enableNoPublicIp.value", "parameters.enableNoPublicIp.value is false; set it to true")
      : pass();
  },
  examples: {
    compliant: [[{ type: "azure-native:databricks:Workspace", props: { parameters: { enableNoPublicIp: { value: true } } } }]],
    nonCompliant: [[{ type: "azure-native:databricks:Workspace", props: { parameters: { enableNoPublicIp: { value: false } } } }]],
  },
});
