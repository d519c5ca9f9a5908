import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

export const storageDefaultEntraAuthorization = defineControl({
  id: "azure-storage-default-entra-authorization",
  title: "Storage accounts default to Microsoft Entra authorization in the portal",
  rationale:
    "Portal users then reach data with their own identity and RBAC rights, not with the account key, so their access is scoped and logged.",
  severity: "low",
  cloud: "azure",
  service: "storage",
  resourceTypes: ["azure-native:storage:StorageAccount"],
  frameworks: {
    "cis-azure-6.0": ["9.3.3.1"],
    "nist-800-53-r5": ["AC-3", "IA-2"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.8.5"],
    "pci-dss-4.0": ["8.2.2"],
  },
  remediation: "Set defaultToOAuthAuthentication: true.",
  enforcementLevel: "advisory",
  tags: ["identity"],
  check: (r) =>
    r.props.defaultToOAuthAuthentication === true
      ? pass()
      : fail(
          "defaultToOAuthAuthentication",
          `defaultToOAuthAuthentication is ${JSON.stringify(r.props.defaultToOAuthAuthentication ?? "unset (false)")}; set it to true`,
        ),
  // Only changes what the portal uses by default: safe to fix automatically.
  remediate: (r) => (r.props.defaultToOAuthAuthentication === true ? undefined : { ...r.props, defaultToOAuthAuthentication: true }),
  examples: {
    compliant: [[{ type: "azure-native:storage:StorageAccount", props: { defaultToOAuthAuthentication: true } }]],
    nonCompliant: [[{ type: "azure-native:storage:StorageAccount", props: {} }]],
  },
});
