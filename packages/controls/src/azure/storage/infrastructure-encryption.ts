import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { objectOf } from "../../shared/azure";
import { azurePolicy } from "../../shared/azure-policy";

export const storageInfrastructureEncryption = defineControl({
  id: "azure-storage-infrastructure-encryption",
  title: "Storage accounts use infrastructure (double) encryption",
  rationale:
    "A second layer of encryption with a different algorithm and key protects data if one layer's key or implementation is ever compromised. It can only be chosen when the account is created.",
  severity: "medium",
  cloud: "azure",
  service: "storage",
  resourceTypes: ["azure-native:storage:StorageAccount"],
  frameworks: {
    "cis-azure-3.0": ["4.2"],
    "nist-800-53-r5": ["SC-28", "SC-28(1)"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["3.5.1"],
    hipaa: ["164.312(a)(2)(iv)"],
  },
  remediation:
    "Set encryption.requireInfrastructureEncryption: true when creating the account (it cannot be enabled later: migrate the data to a new account).",
  enforcementLevel: "advisory",
  tags: ["encryption-at-rest"],
  check: (r) => {
    const value = objectOf(r.props.encryption)?.requireInfrastructureEncryption;
    return value === true
      ? pass()
      : fail(
          "encryption.requireInfrastructureEncryption",
          `encryption.requireInfrastructureEncryption is ${JSON.stringify(value ?? "unset (false)")}; set it to true when creating the account`,
        );
  },
  preventive: [
    azurePolicy({
      name: "palisade-storage-infrastructure-encryption",
      displayName: "Storage accounts must use infrastructure encryption",
      description:
        "Denies storage accounts created without infrastructure (double) encryption (Palisade control azure-storage-infrastructure-encryption).",
      nonCompliantWhen: {
        allOf: [
          { field: "type", equals: "Microsoft.Storage/storageAccounts" },
          { field: "Microsoft.Storage/storageAccounts/encryption.requireInfrastructureEncryption", notEquals: "true" },
        ],
      },
    }),
  ],
  examples: {
    compliant: [
      [
        {
          type: "azure-native:storage:StorageAccount",
          props: { encryption: { keySource: "Microsoft.Storage", requireInfrastructureEncryption: true } },
        },
      ],
    ],
    nonCompliant: [
      [{ type: "azure-native:storage:StorageAccount", props: { encryption: { keySource: "Microsoft.Storage" } } }],
      [{ type: "azure-native:storage:StorageAccount", props: {} }],
    ],
  },
});
