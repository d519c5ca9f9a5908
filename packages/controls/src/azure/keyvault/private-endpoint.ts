import { defineControl } from "../../model/control";
import { peek, unwrap } from "../../model/unknowns";
import { cannotEvaluate, fail, pass } from "../../model/verdict";

const ENDPOINT_TYPES = ["azure-native:network:PrivateEndpoint"];

/**
 * A vault is reached privately when a PrivateEndpoint's privateLinkServiceConnections points at it. At
 * preview the vault id is unknown, so the link shows only in the endpoint's propertyDependencies.
 */
export const keyVaultPrivateEndpoint = defineControl({
  id: "azure-keyvault-private-endpoint",
  title: "Key vaults are reached through a private endpoint",
  rationale: "A private endpoint keeps key operations on the private network, so the vault's public endpoint can be closed.",
  severity: "medium",
  cloud: "azure",
  service: "keyvault",
  resourceTypes: ["azure-native:keyvault:Vault"],
  frameworks: {
    "cis-azure-6.0": ["8.3.8"],
    "cis-azure-3.0": ["3.3.7"],
    "nist-800-53-r5": ["SC-7", "AC-4"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.20", "A.8.22"],
    "pci-dss-4.0": ["1.4.1"],
  },
  remediation:
    'Add an azure-native network.PrivateEndpoint whose privateLinkServiceConnections[].privateLinkServiceId is the vault id, with groupIds ["vault"].',
  enforcementLevel: "advisory",
  tags: ["network", "private-connectivity"],
  correlatedCheck: (vault, stack) => {
    const { found, undecided } = stack.referencingOrUnknown(vault, ENDPOINT_TYPES, "privateLinkServiceConnections");
    if (found.length > 0) return pass();
    // State files: the endpoint names the vault id inside the connection list.
    const id = peek(vault.props, "id");
    const vaultId = id.known && typeof id.value === "string" ? id.value : undefined;
    if (
      vaultId &&
      stack.ofType(ENDPOINT_TYPES).some((e) => JSON.stringify(unwrap(e.props).privateLinkServiceConnections ?? []).includes(vaultId))
    ) {
      return pass();
    }
    if (undecided.length > 0)
      return cannotEvaluate("privateLinkServiceConnections", `${undecided[0].name}.privateLinkServiceConnections is unknown`);
    return fail("privateEndpoint", `key vault ${vault.name} has no private endpoint in this stack; add a PrivateEndpoint for it`);
  },
  examples: {
    compliant: [
      [
        { type: "azure-native:keyvault:Vault", name: "kv", props: { properties: { enablePurgeProtection: true } } },
        {
          type: "azure-native:network:PrivateEndpoint",
          name: "kv-pe",
          props: {
            privateLinkServiceConnections: [
              { name: "kv", privateLinkServiceId: "04da6b54-80e4-46f7-96ec-b56ff0331ba9", groupIds: ["vault"] },
            ],
          },
          refs: { privateLinkServiceConnections: ["kv"] },
        },
      ],
    ],
    nonCompliant: [[{ type: "azure-native:keyvault:Vault", name: "kv", props: { properties: {} } }]],
  },
});
