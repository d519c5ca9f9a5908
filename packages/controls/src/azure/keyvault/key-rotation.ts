import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { objectOf, same } from "../../shared/azure";
import { objectsOf } from "../../shared/network";

export const keyVaultKeyRotation = defineControl({
  id: "azure-keyvault-key-rotation",
  title: "Key Vault keys rotate automatically",
  rationale:
    "A rotation policy creates new key versions on a schedule, so services that follow the latest version never depend on an old key for long.",
  severity: "medium",
  cloud: "azure",
  service: "keyvault",
  resourceTypes: ["azure-native:keyvault:Key"],
  frameworks: {
    "cis-azure-6.0": ["8.3.9"],
    "cis-azure-3.0": ["3.3.8"],
    "nist-800-53-r5": ["SC-12", "SC-12(2)"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["3.6.1", "3.7.4"],
    hipaa: ["164.312(a)(2)(iv)"],
  },
  remediation:
    'Set properties.rotationPolicy: { attributes: { expiryTime: "P1Y" }, lifetimeActions: [{ action: { type: "rotate" }, trigger: { timeAfterCreate: "P11M" } }] }.',
  enforcementLevel: "mandatory",
  tags: ["key-management"],
  check: (r) => {
    const policy = objectOf(objectOf(r.props.properties)?.rotationPolicy);
    const rotates = objectsOf(policy?.lifetimeActions).some((a) => {
      if (!same(objectOf(a.action)?.type, "rotate")) return false;
      const trigger = objectOf(a.trigger);
      return typeof trigger?.timeAfterCreate === "string" || typeof trigger?.timeBeforeExpiry === "string";
    });
    return rotates
      ? pass()
      : fail(
          "properties.rotationPolicy.lifetimeActions",
          'properties.rotationPolicy has no rotate action with a trigger; add lifetimeActions: [{ action: { type: "rotate" }, trigger: { timeAfterCreate: "P11M" } }]',
        );
  },
  examples: {
    compliant: [
      [
        {
          type: "azure-native:keyvault:Key",
          props: {
            vaultName: "kv",
            properties: {
              kty: "RSA",
              rotationPolicy: {
                attributes: { expiryTime: "P1Y" },
                lifetimeActions: [{ action: { type: "rotate" }, trigger: { timeAfterCreate: "P11M" } }],
              },
            },
          },
        },
      ],
    ],
    nonCompliant: [
      [{ type: "azure-native:keyvault:Key", props: { vaultName: "kv", properties: { kty: "RSA" } } }],
      [
        {
          type: "azure-native:keyvault:Key",
          props: {
            vaultName: "kv",
            properties: {
              kty: "RSA",
              rotationPolicy: { lifetimeActions: [{ action: { type: "notify" }, trigger: { timeBeforeExpiry: "P30D" } }] },
            },
          },
        },
      ],
    ],
  },
});
