import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { objectOf } from "../../shared/azure";

export const keyVaultSecretExpiration = defineControl({
  id: "azure-keyvault-secret-expiration",
  title: "Key Vault secrets have an expiration date",
  rationale: "Secrets without an expiry are never rotated by design; an expiry date makes stale credentials visible and unusable.",
  severity: "medium",
  cloud: "azure",
  service: "keyvault",
  resourceTypes: ["azure-native:keyvault:Secret"],
  frameworks: {
    "cis-azure-6.0": ["8.3.3", "8.3.4"],
    "cis-azure-3.0": ["3.3.3", "3.3.4"],
    "nist-800-53-r5": ["IA-5", "SC-12"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.5.17", "A.8.24"],
    "pci-dss-4.0": ["8.3.9", "8.6.3"],
    hipaa: ["164.312(d)"],
  },
  remediation: "Set properties.attributes.expires (Unix seconds) and rotate the secret before it expires.",
  enforcementLevel: "mandatory",
  tags: ["key-management", "secrets"],
  check: (r) => {
    const expires = objectOf(objectOf(r.props.properties)?.attributes)?.expires;
    return typeof expires === "number" && expires > 0
      ? pass()
      : fail(
          "properties.attributes.expires",
          `properties.attributes.expires is ${JSON.stringify(expires ?? "unset")}; set an expiration date`,
        );
  },
  examples: {
    compliant: [
      [
        {
          type: "azure-native:keyvault:Secret",
          props: { vaultName: "kv", properties: { value: "s3cret", attributes: { expires: 1893456000 } } },
        },
      ],
    ],
    nonCompliant: [[{ type: "azure-native:keyvault:Secret", props: { vaultName: "kv", properties: { value: "s3cret" } } }]],
  },
});
