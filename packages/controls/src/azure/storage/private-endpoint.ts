import { defineControl } from "../../model/control";
import { privateEndpointVerdict } from "../../shared/azure";

export const storagePrivateEndpoint = defineControl({
  id: "azure-storage-private-endpoint",
  title: "Storage accounts are reached through a private endpoint",
  rationale: "A private endpoint keeps data traffic on the private network, so the account's public endpoint can be closed.",
  severity: "medium",
  cloud: "azure",
  service: "storage",
  resourceTypes: ["azure-native:storage:StorageAccount"],
  frameworks: {
    "cis-azure-6.0": ["9.3.2.1"],
    "cis-azure-3.0": ["4.9"],
    "nist-800-53-r5": ["SC-7", "AC-4"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.20", "A.8.22"],
    "pci-dss-4.0": ["1.4.1"],
  },
  remediation:
    'Add a network.PrivateEndpoint whose privateLinkServiceConnections[].privateLinkServiceId is the account id, with groupIds ["blob"] (or file, queue, table, dfs).',
  enforcementLevel: "advisory",
  tags: ["network", "private-connectivity"],
  correlatedCheck: (account, stack) => privateEndpointVerdict(account, stack, "storage account"),
  examples: {
    compliant: [
      [
        { type: "azure-native:storage:StorageAccount", name: "data", props: { kind: "StorageV2" } },
        {
          type: "azure-native:network:PrivateEndpoint",
          name: "data-blob",
          props: {
            privateLinkServiceConnections: [
              { name: "blob", privateLinkServiceId: "04da6b54-80e4-46f7-96ec-b56ff0331ba9", groupIds: ["blob"] },
            ],
          },
          refs: { privateLinkServiceConnections: ["data"] },
        },
      ],
    ],
    nonCompliant: [[{ type: "azure-native:storage:StorageAccount", name: "data", props: { kind: "StorageV2" } }]],
  },
});
