import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { objectOf } from "../../shared/azure";

export const webManagedIdentity = defineControl({
  id: "azure-web-managed-identity",
  title: "App Service and Function apps use a managed identity",
  rationale:
    "A managed identity lets the app reach Key Vault, storage and databases with Entra ID tokens instead of connection strings and keys in app settings.",
  severity: "low",
  cloud: "azure",
  service: "web",
  resourceTypes: ["azure-native:web:WebApp", "azure-native:web:WebAppSlot"],
  frameworks: {
    "cis-azure-3.0": ["9.5"],
    "nist-800-53-r5": ["IA-5", "IA-2"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.5.17", "A.8.5"],
    "pci-dss-4.0": ["8.6.3"],
  },
  remediation: 'Set identity: { type: "SystemAssigned" } (or UserAssigned) and reference secrets as Key Vault references.',
  enforcementLevel: "advisory",
  tags: ["identity", "app-service"],
  check: (r) => {
    const type = objectOf(r.props.identity)?.type;
    return typeof type === "string" && type !== "" && type.toLowerCase() !== "none"
      ? pass()
      : fail("identity.type", `identity.type is ${JSON.stringify(type ?? "unset")}; assign a system- or user-assigned managed identity`);
  },
  examples: {
    compliant: [[{ type: "azure-native:web:WebApp", props: { identity: { type: "SystemAssigned" } } }]],
    nonCompliant: [[{ type: "azure-native:web:WebApp", props: {} }]],
  },
});
