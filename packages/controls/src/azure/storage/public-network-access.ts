import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { same } from "../../shared/azure";
import { azurePolicy } from "../../shared/azure-policy";

export const storagePublicNetworkAccess = defineControl({
  id: "azure-storage-public-network-access",
  title: "Storage accounts disable public network access",
  rationale:
    "With public network access disabled the account answers only on its private endpoints, so a leaked key or SAS token cannot be used from the internet.",
  severity: "high",
  cloud: "azure",
  service: "storage",
  resourceTypes: ["azure-native:storage:StorageAccount"],
  frameworks: {
    "cis-azure-6.0": ["9.3.2.2"],
    "cis-azure-3.0": ["4.6"],
    "nist-800-53-r5": ["AC-4", "SC-7", "SC-7(3)"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.20", "A.8.22"],
    "pci-dss-4.0": ["1.3.1", "1.4.1"],
    hipaa: ["164.312(e)(1)"],
  },
  remediation: 'Set publicNetworkAccess: "Disabled" and reach the account through a private endpoint.',
  // Deny-enforced in Corp by the landing zone; Online workloads may legitimately publish storage.
  enforcementLevel: "advisory",
  tags: ["network", "public-exposure"],
  check: (r) =>
    same(r.props.publicNetworkAccess, "Disabled")
      ? pass()
      : fail(
          "publicNetworkAccess",
          `publicNetworkAccess is ${JSON.stringify(r.props.publicNetworkAccess ?? "unset (Enabled)")}; set it to "Disabled" and use a private endpoint`,
        ),
  preventive: [
    azurePolicy({
      name: "palisade-storage-public-network-access",
      displayName: "Storage accounts must disable public network access",
      description: "Denies storage accounts reachable from public networks (Palisade control azure-storage-public-network-access).",
      nonCompliantWhen: {
        allOf: [
          { field: "type", equals: "Microsoft.Storage/storageAccounts" },
          { field: "Microsoft.Storage/storageAccounts/publicNetworkAccess", notEquals: "Disabled" },
        ],
      },
      scope: "corp",
    }),
  ],
  examples: {
    compliant: [[{ type: "azure-native:storage:StorageAccount", props: { publicNetworkAccess: "Disabled" } }]],
    nonCompliant: [
      [{ type: "azure-native:storage:StorageAccount", props: { publicNetworkAccess: "Enabled" } }],
      [{ type: "azure-native:storage:StorageAccount", props: {} }],
    ],
  },
});
