import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { objectOf } from "../../shared/azure";
import { azurePolicy } from "../../shared/azure-policy";

const VM = "azure-native:compute:VirtualMachine";
const VMSS = "azure-native:compute:VirtualMachineScaleSet";

export const vmEncryptionAtHost = defineControl({
  id: "azure-compute-vm-encryption-at-host",
  title: "Virtual machines and scale sets use encryption at host",
  rationale:
    "Server-side encryption covers managed disks at rest but not temporary disks, ephemeral OS disks or the host-side disk caches; encryption at host encrypts those too, end to end.",
  severity: "medium",
  cloud: "azure",
  service: "compute",
  resourceTypes: [VM, VMSS],
  frameworks: {
    "nist-800-53-r5": ["SC-28", "SC-28(1)"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["3.5.1"],
    hipaa: ["164.312(a)(2)(iv)"],
  },
  remediation:
    "Set securityProfile.encryptionAtHost: true (virtualMachineProfile.securityProfile on scale sets), after registering the EncryptionAtHost feature on the subscription.",
  enforcementLevel: "mandatory",
  tags: ["encryption-at-rest", "compute"],
  check: (r) => {
    const profile = r.type === VM ? objectOf(r.props.securityProfile) : objectOf(objectOf(r.props.virtualMachineProfile)?.securityProfile);
    const path = r.type === VM ? "securityProfile.encryptionAtHost" : "virtualMachineProfile.securityProfile.encryptionAtHost";
    return profile?.encryptionAtHost === true
      ? pass()
      : fail(path, `${path} is ${JSON.stringify(profile?.encryptionAtHost ?? "unset (false)")}; set it to true`);
  },
  preventive: [
    azurePolicy({
      name: "palisade-vm-encryption-at-host",
      displayName: "Virtual machines and scale sets must use encryption at host",
      description:
        "Denies virtual machines and scale sets without encryption at host (Palisade control azure-compute-vm-encryption-at-host).",
      nonCompliantWhen: {
        anyOf: [
          {
            allOf: [
              { field: "type", equals: "Microsoft.Compute/virtualMachines" },
              { field: "Microsoft.Compute/virtualMachines/securityProfile.encryptionAtHost", notEquals: "true" },
            ],
          },
          {
            allOf: [
              { field: "type", equals: "Microsoft.Compute/virtualMachineScaleSets" },
              {
                field: "Microsoft.Compute/virtualMachineScaleSets/virtualMachineProfile.securityProfile.encryptionAtHost",
                notEquals: "true",
              },
            ],
          },
        ],
      },
    }),
  ],
  examples: {
    compliant: [
      [{ type: VM, props: { securityProfile: { encryptionAtHost: true, securityType: "TrustedLaunch" } } }],
      [{ type: VMSS, props: { virtualMachineProfile: { securityProfile: { encryptionAtHost: true } } } }],
    ],
    nonCompliant: [
      [{ type: VM, props: { hardwareProfile: { vmSize: "Standard_D2s_v5" } } }],
      [{ type: VMSS, props: { virtualMachineProfile: {} } }],
    ],
  },
});
