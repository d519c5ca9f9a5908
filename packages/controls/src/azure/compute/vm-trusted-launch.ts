import { defineControl } from "../../model/control";
import { failAll, type Violation } from "../../model/verdict";
import { objectOf, oneOf } from "../../shared/azure";

export const vmTrustedLaunch = defineControl({
  id: "azure-compute-vm-trusted-launch",
  title: "Virtual machines use Trusted Launch with Secure Boot and vTPM",
  rationale: "Secure Boot and a virtual TPM stop boot kits and rootkits from loading and let boot integrity be attested.",
  severity: "medium",
  cloud: "azure",
  service: "compute",
  resourceTypes: ["azure-native:compute:VirtualMachine"],
  frameworks: {
    "cis-azure-3.0": ["8.11"],
    "nist-800-53-r5": ["SI-7(a)", "SI-7(8)", "CM-6"],
    soc2: ["CC6.8"],
    "iso27001-2022": ["A.8.7", "A.8.9"],
    "pci-dss-4.0": ["11.5.1"],
  },
  remediation:
    'Set securityProfile: { securityType: "TrustedLaunch", uefiSettings: { secureBootEnabled: true, vTpmEnabled: true } } with a Gen2 image.',
  enforcementLevel: "advisory",
  tags: ["compute", "integrity"],
  check: (r) => {
    const profile = objectOf(r.props.securityProfile);
    const violations: Violation[] = [];
    if (!oneOf(profile?.securityType, ["TrustedLaunch", "ConfidentialVM"])) {
      violations.push({
        property: "securityProfile.securityType",
        message: `securityProfile.securityType is ${JSON.stringify(profile?.securityType ?? "unset (Standard)")}; set it to "TrustedLaunch"`,
      });
    }
    const uefi = objectOf(profile?.uefiSettings);
    for (const key of ["secureBootEnabled", "vTpmEnabled"]) {
      if (uefi?.[key] !== true) {
        violations.push({
          property: `securityProfile.uefiSettings.${key}`,
          message: `securityProfile.uefiSettings.${key} is ${JSON.stringify(uefi?.[key] ?? "unset")}; set it to true`,
        });
      }
    }
    return failAll(violations);
  },
  examples: {
    compliant: [
      [
        {
          type: "azure-native:compute:VirtualMachine",
          props: { securityProfile: { securityType: "TrustedLaunch", uefiSettings: { secureBootEnabled: true, vTpmEnabled: true } } },
        },
      ],
    ],
    nonCompliant: [[{ type: "azure-native:compute:VirtualMachine", props: { securityProfile: { encryptionAtHost: true } } }]],
  },
});
