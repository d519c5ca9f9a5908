import { defineControl } from "../../model/control";
import { fail, failAll } from "../../model/verdict";
import { azurePolicy } from "../../shared/azure-policy";

export const keyVaultPurgeProtection = defineControl({
  id: "azure-keyvault-purge-protection",
  title: "Key vaults have soft delete and purge protection",
  rationale:
    "Without purge protection a compromised or mistaken administrator can permanently destroy keys, and with them every dataset they encrypt.",
  severity: "high",
  cloud: "azure",
  service: "keyvault",
  resourceTypes: ["azure-native:keyvault:Vault"],
  frameworks: {
    "cis-azure-6.0": ["8.3.5"],
    "cis-azure-3.0": ["3.3.5"],
    "nist-800-53-r5": ["CP-9", "SC-12", "SI-12"],
    soc2: ["CC6.1", "A1.2"],
    "iso27001-2022": ["A.8.24", "A.8.13"],
    "pci-dss-4.0": ["3.6.1"],
    hipaa: ["164.308(a)(7)(ii)(A)", "164.312(c)(1)"],
  },
  remediation:
    "Set properties.enablePurgeProtection: true and keep properties.enableSoftDelete true (purge protection cannot be turned off later).",
  enforcementLevel: "mandatory",
  tags: ["key-management", "resilience"],
  check: (r) => {
    const p = r.props.properties;
    if (p === undefined || p === null) return fail("properties", "properties is missing; set properties.enablePurgeProtection: true");
    return failAll([
      ...(p.enablePurgeProtection === true
        ? []
        : [
            {
              property: "properties.enablePurgeProtection",
              message: `properties.enablePurgeProtection is ${JSON.stringify(p.enablePurgeProtection ?? false)}; set it to true`,
            },
          ]),
      ...(p.enableSoftDelete === false
        ? [{ property: "properties.enableSoftDelete", message: "properties.enableSoftDelete is false; remove it or set it to true" }]
        : []),
    ]);
  },
  preventive: [
    azurePolicy({
      name: "palisade-keyvault-purge-protection",
      displayName: "Key vaults must have soft delete and purge protection enabled",
      description:
        "Denies key vaults without purge protection, or with soft delete turned off (Palisade control azure-keyvault-purge-protection).",
      nonCompliantWhen: {
        allOf: [
          { field: "type", equals: "Microsoft.KeyVault/vaults" },
          {
            anyOf: [
              { field: "Microsoft.KeyVault/vaults/enablePurgeProtection", exists: "false" },
              { field: "Microsoft.KeyVault/vaults/enablePurgeProtection", notEquals: "true" },
              { field: "Microsoft.KeyVault/vaults/enableSoftDelete", equals: "false" },
            ],
          },
        ],
      },
    }),
  ],
  examples: {
    compliant: [
      [
        {
          type: "azure-native:keyvault:Vault",
          props: { properties: { tenantId: "t", sku: { family: "A", name: "standard" }, enablePurgeProtection: true } },
        },
      ],
    ],
    nonCompliant: [
      [{ type: "azure-native:keyvault:Vault", props: { properties: { tenantId: "t", enableSoftDelete: true } } }],
      [{ type: "azure-native:keyvault:Vault", props: { properties: { enablePurgeProtection: true, enableSoftDelete: false } } }],
    ],
  },
});
