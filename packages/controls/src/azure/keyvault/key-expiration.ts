import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { objectOf } from "../../shared/azure";

export const keyVaultKeyExpiration = defineControl({
  id: "azure-keyvault-key-expiration",
  title: "Key Vault keys have an expiration date",
  rationale:
    "A key without an expiry can be used forever; an expiry (set directly or by the rotation policy) forces rotation and limits the damage of a leaked key.",
  severity: "medium",
  cloud: "azure",
  service: "keyvault",
  resourceTypes: ["azure-native:keyvault:Key"],
  frameworks: {
    "cis-azure-6.0": ["8.3.1", "8.3.2"],
    "cis-azure-3.0": ["3.3.1", "3.3.2"],
    "nist-800-53-r5": ["SC-12", "SC-12(2)"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["3.6.1", "3.7.4"],
    hipaa: ["164.312(a)(2)(iv)"],
  },
  remediation:
    'Set properties.attributes.expires (Unix seconds), or a rotation policy with properties.rotationPolicy.attributes.expiryTime (e.g. "P1Y") so every version expires.',
  enforcementLevel: "mandatory",
  tags: ["key-management"],
  check: (r) => {
    const p = objectOf(r.props.properties);
    const expires = objectOf(p?.attributes)?.expires;
    if (typeof expires === "number" && expires > 0) return pass();
    const expiryTime = objectOf(objectOf(p?.rotationPolicy)?.attributes)?.expiryTime;
    if (typeof expiryTime === "string" && /^P/.test(expiryTime)) return pass();
    return fail(
      "properties.attributes.expires",
      `properties.attributes.expires is ${JSON.stringify(expires ?? "unset")} and no rotation policy sets an expiryTime; set an expiration date`,
    );
  },
  examples: {
    compliant: [
      [{ type: "azure-native:keyvault:Key", props: { vaultName: "kv", properties: { kty: "RSA", attributes: { expires: 1893456000 } } } }],
      [
        {
          type: "azure-native:keyvault:Key",
          props: {
            vaultName: "kv",
            properties: {
              kty: "RSA",
              rotationPolicy: {
                attributes: { expiryTime: "P1Y" },
                lifetimeActions: [{ action: { type: "rotate" }, trigger: { timeBeforeExpiry: "P30D" } }],
              },
            },
          },
        },
      ],
    ],
    nonCompliant: [[{ type: "azure-native:keyvault:Key", props: { vaultName: "kv", properties: { kty: "RSA" } } }]],
  },
});
