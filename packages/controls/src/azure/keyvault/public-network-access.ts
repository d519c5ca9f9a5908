import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { objectOf, same } from "../../shared/azure";
import { azurePolicy } from "../../shared/azure-policy";

export const keyVaultPublicNetworkAccess = defineControl({
  id: "azure-keyvault-public-network-access",
  title: "Key vaults disable public network access",
  rationale:
    "A vault reachable from the internet exposes key and secret operations to anyone holding a token; private endpoints keep them inside the network.",
  severity: "high",
  cloud: "azure",
  service: "keyvault",
  resourceTypes: ["azure-native:keyvault:Vault"],
  frameworks: {
    "cis-azure-6.0": ["8.3.7"],
    "nist-800-53-r5": ["AC-4", "SC-7", "SC-7(3)"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.20", "A.8.22"],
    "pci-dss-4.0": ["1.3.1", "1.4.1"],
    hipaa: ["164.312(e)(1)"],
  },
  remediation: 'Set properties.publicNetworkAccess: "Disabled" and reach the vault through a private endpoint.',
  // Deny-enforced in Corp by the landing zone.
  enforcementLevel: "advisory",
  tags: ["network", "public-exposure", "key-management"],
  check: (r) => {
    const value = objectOf(r.props.properties)?.publicNetworkAccess;
    return same(value, "Disabled")
      ? pass()
      : fail(
          "properties.publicNetworkAccess",
          `properties.publicNetworkAccess is ${JSON.stringify(value ?? "unset (Enabled)")}; set it to "Disabled" and use a private endpoint`,
        );
  },
  preventive: [
    azurePolicy({
      name: "palisade-keyvault-public-network-access",
      displayName: "Key vaults must disable public network access",
      description: "Denies key vaults reachable from public networks (Palisade control azure-keyvault-public-network-access).",
      nonCompliantWhen: {
        allOf: [
          { field: "type", equals: "Microsoft.KeyVault/vaults" },
          { field: "Microsoft.KeyVault/vaults/publicNetworkAccess", notEquals: "Disabled" },
        ],
      },
      scope: "corp",
    }),
  ],
  examples: {
    compliant: [[{ type: "azure-native:keyvault:Vault", props: { properties: { tenantId: "t", publicNetworkAccess: "Disabled" } } }]],
    nonCompliant: [
      [{ type: "azure-native:keyvault:Vault", props: { properties: { tenantId: "t", publicNetworkAccess: "Enabled" } } }],
      [{ type: "azure-native:keyvault:Vault", props: { properties: { tenantId: "t" } } }],
    ],
  },
});
