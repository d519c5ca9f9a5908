import { defineControl } from "../../model/control";
import { fail, notApplicable, pass } from "../../model/verdict";
import { entryOf, objectOf, oneOf, same } from "../../shared/azure";
import { azurePolicy } from "../../shared/azure-policy";

const DEFAULT_TAG = "data-classification";
const DEFAULT_VALUES = ["confidential", "restricted"];

function strings(value: unknown, fallback: readonly string[]): string[] {
  const list = Array.isArray(value) ? value.filter((v): v is string => typeof v === "string" && v !== "") : [];
  return list.length > 0 ? list : [...fallback];
}

/**
 * CIS asks for customer-managed keys on storage that holds critical data. Which accounts hold critical data
 * is a setting: accounts whose classification tag has one of the configured values.
 */
export const storageCustomerManagedKey = defineControl({
  id: "azure-storage-customer-managed-key",
  title: "Storage accounts holding critical data are encrypted with a customer-managed key",
  rationale:
    "A customer-managed key in Key Vault lets the organisation rotate, audit and revoke access to the data-encryption keys, and crypto-shred the data by disabling the key.",
  severity: "medium",
  cloud: "azure",
  service: "storage",
  resourceTypes: ["azure-native:storage:StorageAccount"],
  frameworks: {
    "cis-azure-3.0": ["4.11"],
    "nist-800-53-r5": ["SC-12", "SC-28(1)"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["3.5.1", "3.6.1"],
    hipaa: ["164.312(a)(2)(iv)"],
  },
  remediation:
    'Set encryption.keySource: "Microsoft.Keyvault" with encryption.keyVaultProperties (keyName, keyVaultUri) and an identity that can wrap/unwrap the key.',
  enforcementLevel: "advisory",
  tags: ["encryption-at-rest", "key-management"],
  configSchema: {
    classificationTag: {
      type: "string",
      minLength: 1,
      default: DEFAULT_TAG,
      description: "Tag whose value classifies the data an account holds.",
    },
    criticalValues: {
      type: "array",
      items: { type: "string", minLength: 1 },
      default: DEFAULT_VALUES,
      description: "Values of the classification tag that require a customer-managed key (case-insensitive).",
    },
  },
  check: (r, ctx) => {
    const tag =
      typeof ctx.settings.classificationTag === "string" && ctx.settings.classificationTag ? ctx.settings.classificationTag : DEFAULT_TAG;
    const critical = strings(ctx.settings.criticalValues, DEFAULT_VALUES);
    const value = entryOf(r.props.tags, tag);
    if (!oneOf(value, critical)) return notApplicable(`tags.${tag} is not one of ${critical.join(", ")}`);
    const source = objectOf(r.props.encryption)?.keySource;
    return same(source, "Microsoft.Keyvault")
      ? pass()
      : fail(
          "encryption.keySource",
          `the account is tagged ${tag}=${JSON.stringify(value)} but encryption.keySource is ${JSON.stringify(source ?? "unset (Microsoft.Storage)")}; set it to "Microsoft.Keyvault" with a key in Key Vault`,
        );
  },
  preventive: [
    azurePolicy({
      name: "palisade-storage-customer-managed-key",
      displayName: "Storage accounts classified as critical must use a customer-managed key",
      description:
        "Denies storage accounts whose classification tag marks critical data but that use Microsoft-managed keys (Palisade control azure-storage-customer-managed-key).",
      parameters: {
        classificationTag: {
          type: "String",
          defaultValue: DEFAULT_TAG,
          metadata: { displayName: "Classification tag", description: "Tag whose value classifies the data an account holds." },
        },
        criticalValues: {
          type: "Array",
          defaultValue: DEFAULT_VALUES,
          metadata: { displayName: "Critical values", description: "Classification values that require a customer-managed key." },
        },
      },
      nonCompliantWhen: {
        allOf: [
          { field: "type", equals: "Microsoft.Storage/storageAccounts" },
          { field: "[concat('tags[', parameters('classificationTag'), ']')]", in: "[parameters('criticalValues')]" },
          { field: "Microsoft.Storage/storageAccounts/encryption.keySource", notEquals: "Microsoft.Keyvault" },
        ],
      },
    }),
  ],
  examples: {
    compliant: [
      [
        {
          type: "azure-native:storage:StorageAccount",
          props: {
            tags: { "data-classification": "confidential" },
            encryption: {
              keySource: "Microsoft.Keyvault",
              keyVaultProperties: { keyName: "cmk", keyVaultUri: "https://kv.vault.azure.net" },
            },
          },
        },
      ],
      [{ type: "azure-native:storage:StorageAccount", props: { tags: { "data-classification": "public" } } }],
    ],
    nonCompliant: [
      [
        {
          type: "azure-native:storage:StorageAccount",
          props: { tags: { "data-classification": "Restricted" }, encryption: { keySource: "Microsoft.Storage" } },
        },
      ],
    ],
  },
});
