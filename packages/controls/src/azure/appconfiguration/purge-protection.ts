import { defineControl } from "../../model/control";
import { settingControl } from "../../shared/azure-setting";

export const appConfigurationPurgeProtection = defineControl(
  settingControl({
    id: "azure-appconfiguration-purge-protection",
    service: "appconfiguration",
    noun: "App Configuration stores",
    title: "App Configuration stores enable purge protection",
    rationale:
      "Without purge protection a deleted store, with every feature flag and key reference the applications read, can be purged at once and not recovered.",
    resourceTypes: ["azure-native:appconfiguration:ConfigurationStore"],
    path: "enablePurgeProtection",
    ok: (v) => v === true,
    unset: { passes: false, meaning: "false" },
    want: "set it to true (Standard SKU)",
    good: [true],
    bad: [false],
    remediation: "Set enablePurgeProtection: true (requires the standard SKU; it cannot be turned off afterwards).",
    tags: ["data-protection", "resilience"],
    base: { resourceGroupName: "rg", sku: { name: "standard" } },
    frameworks: {
      "nist-800-53-r5": ["CP-9", "SI-12"],
      soc2: ["A1.2"],
      "iso27001-2022": ["A.8.13"],
      hipaa: ["164.308(a)(7)(ii)(A)"],
    },
  }),
);
