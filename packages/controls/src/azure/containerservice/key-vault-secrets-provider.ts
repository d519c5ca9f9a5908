import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { entryOf, objectOf } from "../../shared/azure";

const cluster = (addonProfiles?: Record<string, unknown>) => [
  {
    type: "azure-native:containerservice:ManagedCluster",
    props: {
      resourceGroupName: "rg",
      dnsPrefix: "orders",
      identity: { type: "SystemAssigned" },
      ...(addonProfiles ? { addonProfiles } : {}),
    },
  },
];

export const aksKeyVaultSecretsProvider = defineControl({
  id: "azure-containerservice-key-vault-secrets-provider",
  title: "AKS clusters mount secrets from Key Vault",
  rationale:
    "Without the Key Vault secrets provider, workloads keep credentials in Kubernetes Secrets (base64 in etcd, readable by anyone with get-secrets) and rotation means redeploying; the CSI driver mounts them from Key Vault and rotates them.",
  severity: "low",
  cloud: "azure",
  service: "containerservice",
  resourceTypes: ["azure-native:containerservice:ManagedCluster"],
  frameworks: {
    "nist-800-53-r5": ["SC-28", "IA-5"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.5.17", "A.8.24"],
    hipaa: ["164.312(a)(2)(iv)"],
  },
  remediation:
    'Set addonProfiles: { azureKeyvaultSecretsProvider: { enabled: true, config: { enableSecretRotation: "true" } } } (Checkov CKV_AZURE_172).',
  enforcementLevel: "advisory",
  tags: ["kubernetes", "secrets"],
  check: (r) => {
    const addon = objectOf(entryOf(r.props.addonProfiles, "azureKeyvaultSecretsProvider"));
    if (addon?.enabled !== true) {
      return fail(
        "addonProfiles.azureKeyvaultSecretsProvider.enabled",
        `addonProfiles.azureKeyvaultSecretsProvider.enabled is ${JSON.stringify(addon?.enabled ?? "unset")}; enable the Key Vault secrets provider`,
      );
    }
    return pass();
  },
  examples: {
    compliant: [cluster({ azureKeyvaultSecretsProvider: { enabled: true, config: { enableSecretRotation: "true" } } })],
    nonCompliant: [cluster(), cluster({ azureKeyvaultSecretsProvider: { enabled: false } })],
  },
});
