import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { objectOf, same } from "../../shared/azure";
import { azurePolicy } from "../../shared/azure-policy";

export const keyVaultNetworkAclsDefaultDeny = defineControl({
  id: "azure-keyvault-network-acls-default-deny",
  title: "Key vault firewalls deny by default",
  rationale:
    "Without a firewall (networkAcls.defaultAction Allow) the vault accepts requests from every network; Deny limits it to listed networks and private endpoints, and keeps denying if public access is ever re-enabled.",
  severity: "high",
  cloud: "azure",
  service: "keyvault",
  resourceTypes: ["azure-native:keyvault:Vault"],
  frameworks: {
    "cis-azure-6.0": ["8.3.7"],
    "nist-800-53-r5": ["AC-4", "SC-7", "SC-7(5)"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.20", "A.8.22"],
    "pci-dss-4.0": ["1.3.1", "1.4.1"],
    hipaa: ["164.312(e)(1)"],
  },
  remediation: 'Set properties.networkAcls: { defaultAction: "Deny", bypass: "AzureServices" } and list the networks that need access.',
  enforcementLevel: "mandatory",
  tags: ["network", "key-management"],
  check: (r) => {
    const action = objectOf(objectOf(r.props.properties)?.networkAcls)?.defaultAction;
    return same(action, "Deny")
      ? pass()
      : fail(
          "properties.networkAcls.defaultAction",
          `properties.networkAcls.defaultAction is ${JSON.stringify(action ?? "unset (Allow)")}; set it to "Deny"`,
        );
  },
  preventive: [
    azurePolicy({
      name: "palisade-keyvault-network-default-deny",
      displayName: "Key vault firewalls must deny by default",
      description:
        "Denies key vaults whose firewall allows every network by default (Palisade control azure-keyvault-network-acls-default-deny).",
      nonCompliantWhen: {
        allOf: [
          { field: "type", equals: "Microsoft.KeyVault/vaults" },
          { field: "Microsoft.KeyVault/vaults/networkAcls.defaultAction", notEquals: "Deny" },
        ],
      },
      scope: "landing-zones",
    }),
  ],
  examples: {
    compliant: [
      [
        {
          type: "azure-native:keyvault:Vault",
          props: { properties: { tenantId: "t", networkAcls: { defaultAction: "Deny", bypass: "AzureServices" } } },
        },
      ],
    ],
    nonCompliant: [
      [{ type: "azure-native:keyvault:Vault", props: { properties: { tenantId: "t", networkAcls: { defaultAction: "Allow" } } } }],
      [{ type: "azure-native:keyvault:Vault", props: { properties: { tenantId: "t" } } }],
    ],
  },
});
