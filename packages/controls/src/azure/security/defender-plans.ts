import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { same } from "../../shared/azure";
import { azurePolicy } from "../../shared/azure-policy";

export const defenderPlans = defineControl({
  id: "azure-security-defender-plans",
  title: "Microsoft Defender for Cloud plans are on (Standard tier)",
  rationale:
    "The Free tier only assesses configuration; the Standard plans add threat detection for servers, storage, databases, Key Vault, containers, App Service and Resource Manager.",
  severity: "high",
  cloud: "azure",
  service: "security",
  resourceTypes: ["azure-native:security:Pricing"],
  frameworks: {
    "cis-azure-6.0": [
      "8.1.1.1",
      "8.1.2.1",
      "8.1.3.1",
      "8.1.4.1",
      "8.1.5.1",
      "8.1.6.1",
      "8.1.7.1",
      "8.1.7.2",
      "8.1.7.3",
      "8.1.7.4",
      "8.1.8.1",
      "8.1.9.1",
    ],
    "cis-azure-3.0": [
      "3.1.3.1",
      "3.1.4.1",
      "3.1.5.1",
      "3.1.6.1",
      "3.1.7.1",
      "3.1.7.2",
      "3.1.7.3",
      "3.1.7.4",
      "3.1.8.1",
      "3.1.9.1",
      "3.1.16",
    ],
    "nist-800-53-r5": ["SI-4", "RA-5", "SI-3(8)(a)"],
    soc2: ["CC7.1", "CC7.2"],
    "iso27001-2022": ["A.8.7", "A.8.8", "A.8.16"],
    "pci-dss-4.0": ["5.3.4", "11.5.1"],
    hipaa: ["164.308(a)(1)(ii)(D)", "164.308(a)(5)(ii)(B)"],
  },
  remediation:
    'Set pricingTier: "Standard" for the plan (and the plan\'s recommended subPlan, e.g. "P2" for VirtualMachines, "DefenderForStorageV2" for StorageAccounts).',
  enforcementLevel: "mandatory",
  tags: ["threat-detection"],
  check: (r) =>
    same(r.props.pricingTier, "Standard")
      ? pass()
      : fail(
          "pricingTier",
          `Defender plan ${JSON.stringify(r.props.pricingName ?? r.name)} has pricingTier ${JSON.stringify(r.props.pricingTier ?? "unset")}; set it to "Standard"`,
        ),
  preventive: [
    azurePolicy({
      name: "palisade-defender-plans",
      displayName: "Microsoft Defender for Cloud plans must not be downgraded to Free",
      description: "Denies setting a Defender for Cloud plan to the Free tier (Palisade control azure-security-defender-plans).",
      mode: "All",
      nonCompliantWhen: {
        allOf: [
          { field: "type", equals: "Microsoft.Security/pricings" },
          { field: "Microsoft.Security/pricings/pricingTier", notEquals: "Standard" },
        ],
      },
    }),
  ],
  response: [
    {
      runbook: "azure-isolate-compromised-vm",
      trigger: "Defender for Cloud alert (severity High/Medium) on a virtual machine, via workflow automation or export",
      action: "deny-all NSG on every NIC; incremental snapshot of every managed disk with forensic tags",
      kind: "contain",
    },
  ],
  examples: {
    compliant: [
      [
        {
          type: "azure-native:security:Pricing",
          props: { pricingName: "KeyVaults", pricingTier: "Standard", scopeId: "/subscriptions/s" },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "azure-native:security:Pricing",
          props: { pricingName: "VirtualMachines", pricingTier: "Free", scopeId: "/subscriptions/s" },
        },
      ],
    ],
  },
});
