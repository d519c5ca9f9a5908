import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { azurePolicy } from "../../shared/azure-policy";

export const storageSecureTransfer = defineControl({
  id: "azure-storage-secure-transfer",
  title: "Storage accounts require secure transfer (HTTPS)",
  rationale: "Without it, requests over plain HTTP and SMB without encryption are accepted, exposing data and shared keys in transit.",
  severity: "high",
  cloud: "azure",
  service: "storage",
  resourceTypes: ["azure-native:storage:StorageAccount"],
  frameworks: {
    "cis-azure-6.0": ["9.3.4"],
    "cis-azure-3.0": ["4.1"],
    "nist-800-53-r5": ["SC-8", "SC-8(1)", "SC-13"],
    soc2: ["CC6.7"],
    "iso27001-2022": ["A.8.24", "A.5.14"],
    "pci-dss-4.0": ["4.2.1"],
    hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"],
  },
  remediation: "Set enableHttpsTrafficOnly: true (the default for new accounts; do not turn it off).",
  enforcementLevel: "mandatory",
  tags: ["encryption-in-transit"],
  check: (r) =>
    // The Storage API defaults to true since 2019-04-01, so only an explicit false fails.
    r.props.enableHttpsTrafficOnly === false ? fail("enableHttpsTrafficOnly", "enableHttpsTrafficOnly is false; set it to true") : pass(),
  preventive: [
    azurePolicy({
      name: "palisade-storage-secure-transfer",
      displayName: "Storage accounts must require secure transfer",
      description: "Denies storage accounts that accept plain HTTP (Palisade control azure-storage-secure-transfer).",
      nonCompliantWhen: {
        allOf: [
          { field: "type", equals: "Microsoft.Storage/storageAccounts" },
          { field: "Microsoft.Storage/storageAccounts/supportsHttpsTrafficOnly", equals: "false" },
        ],
      },
    }),
  ],
  examples: {
    compliant: [
      [{ type: "azure-native:storage:StorageAccount", props: { kind: "StorageV2", enableHttpsTrafficOnly: true } }],
      [{ type: "azure-native:storage:StorageAccount", props: { kind: "StorageV2" } }],
    ],
    nonCompliant: [[{ type: "azure-native:storage:StorageAccount", props: { kind: "StorageV2", enableHttpsTrafficOnly: false } }]],
  },
});
