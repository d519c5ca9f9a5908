import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { objectOf } from "../../shared/azure";
import { azurePolicy } from "../../shared/azure-policy";

export const keyVaultRbacAuthorization = defineControl({
  id: "azure-keyvault-rbac-authorization",
  title: "Key vaults use Azure RBAC for data-plane authorization",
  rationale:
    "Vault access policies grant broad per-vault permissions that anyone with vault write access can change; Azure RBAC scopes access per key, secret or certificate and is governed like every other role assignment (PIM, access reviews).",
  severity: "medium",
  cloud: "azure",
  service: "keyvault",
  resourceTypes: ["azure-native:keyvault:Vault"],
  frameworks: {
    "cis-azure-6.0": ["8.3.6"],
    "cis-azure-3.0": ["3.3.6"],
    "nist-800-53-r5": ["AC-3", "AC-6", "AC-2"],
    soc2: ["CC6.1", "CC6.3"],
    "iso27001-2022": ["A.5.15", "A.5.18", "A.8.2"],
    "pci-dss-4.0": ["7.2.1", "7.2.2"],
    hipaa: ["164.308(a)(4)(ii)(B)", "164.312(a)(1)"],
  },
  remediation:
    "Set properties.enableRbacAuthorization: true and grant Key Vault data roles (Key Vault Secrets User, Crypto User, …) instead of access policies.",
  enforcementLevel: "mandatory",
  tags: ["key-management", "identity"],
  check: (r) => {
    const value = objectOf(r.props.properties)?.enableRbacAuthorization;
    return value === true
      ? pass()
      : fail(
          "properties.enableRbacAuthorization",
          `properties.enableRbacAuthorization is ${JSON.stringify(value ?? "unset (false before API 2026-02-01)")}; set it to true and use RBAC roles`,
        );
  },
  preventive: [
    azurePolicy({
      name: "palisade-keyvault-rbac",
      displayName: "Key vaults must use the RBAC permission model",
      description: "Denies key vaults that use access policies instead of Azure RBAC (Palisade control azure-keyvault-rbac-authorization).",
      nonCompliantWhen: {
        allOf: [
          { field: "type", equals: "Microsoft.KeyVault/vaults" },
          {
            anyOf: [
              { field: "Microsoft.KeyVault/vaults/enableRbacAuthorization", exists: "false" },
              { field: "Microsoft.KeyVault/vaults/enableRbacAuthorization", equals: "false" },
            ],
          },
        ],
      },
    }),
  ],
  examples: {
    compliant: [[{ type: "azure-native:keyvault:Vault", props: { properties: { tenantId: "t", enableRbacAuthorization: true } } }]],
    nonCompliant: [
      [{ type: "azure-native:keyvault:Vault", props: { properties: { tenantId: "t", enableRbacAuthorization: false } } }],
      [{ type: "azure-native:keyvault:Vault", props: { properties: { tenantId: "t", accessPolicies: [] } } }],
    ],
  },
});
