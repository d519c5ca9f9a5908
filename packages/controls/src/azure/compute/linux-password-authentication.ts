import { defineControl } from "../../model/control";
import { fail, notApplicable, pass } from "../../model/verdict";
import { objectOf } from "../../shared/azure";
import { azurePolicy } from "../../shared/azure-policy";

const VM = "azure-native:compute:VirtualMachine";
const VMSS = "azure-native:compute:VirtualMachineScaleSet";

const vm = (linuxConfiguration: Record<string, unknown>, extra: Record<string, unknown> = {}) => [
  {
    type: VM,
    props: {
      resourceGroupName: "rg",
      hardwareProfile: { vmSize: "Standard_D2s_v5" },
      osProfile: { computerName: "app", adminUsername: "azureuser", linuxConfiguration, ...extra },
    },
  },
];

export const computeLinuxPasswordAuthentication = defineControl({
  id: "azure-compute-linux-password-authentication",
  title: "Linux virtual machines accept only SSH keys, not passwords",
  rationale:
    "With password authentication on, sshd accepts guessable credentials and every internet-facing VM becomes a brute-force target; keys cannot be guessed.",
  severity: "high",
  cloud: "azure",
  service: "compute",
  resourceTypes: [VM, VMSS],
  frameworks: {
    "nist-800-53-r5": ["IA-2", "IA-5", "AC-17"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.8.5", "A.5.17"],
    "pci-dss-4.0": ["8.3.2"],
    hipaa: ["164.312(d)"],
  },
  remediation: "Set osProfile.linuxConfiguration.disablePasswordAuthentication: true, give ssh.publicKeys, and drop adminPassword.",
  enforcementLevel: "mandatory",
  tags: ["identity", "credentials", "compute"],
  check: (r) => {
    const base = r.type === VMSS ? "virtualMachineProfile.osProfile" : "osProfile";
    const osProfile = r.type === VMSS ? objectOf(objectOf(r.props.virtualMachineProfile)?.osProfile) : objectOf(r.props.osProfile);
    const linux = objectOf(osProfile?.linuxConfiguration);
    if (!linux) {
      // Windows, or a VM attached to an existing disk (no osProfile): nothing to decide here.
      return notApplicable(`${base}.linuxConfiguration is not set`);
    }
    if (linux.disablePasswordAuthentication === true) return pass();
    const value = linux.disablePasswordAuthentication;
    return fail(
      `${base}.linuxConfiguration.disablePasswordAuthentication`,
      `${base}.linuxConfiguration.disablePasswordAuthentication is ${JSON.stringify(value ?? "unset (false: passwords accepted)")}; set it to true and use ssh.publicKeys`,
    );
  },
  preventive: [
    azurePolicy({
      name: "palisade-compute-linux-password-authentication",
      displayName: "Linux virtual machines must disable password authentication",
      description:
        "Denies Linux VMs that allow SSH password authentication (Palisade control azure-compute-linux-password-authentication).",
      nonCompliantWhen: {
        allOf: [
          { field: "type", equals: "Microsoft.Compute/virtualMachines" },
          { field: "Microsoft.Compute/virtualMachines/osProfile.linuxConfiguration", exists: "true" },
          { field: "Microsoft.Compute/virtualMachines/osProfile.linuxConfiguration.disablePasswordAuthentication", notEquals: "true" },
        ],
      },
    }),
  ],
  examples: {
    compliant: [
      vm({
        disablePasswordAuthentication: true,
        ssh: { publicKeys: [{ path: "/home/azureuser/.ssh/authorized_keys", keyData: "ssh-ed25519 AAAA" }] },
      }),
      [{ type: VM, props: { resourceGroupName: "rg", osProfile: { computerName: "win", adminUsername: "a", windowsConfiguration: {} } } }],
    ],
    nonCompliant: [
      // The shape seen on a real public program.
      vm({ disablePasswordAuthentication: false }, { adminPassword: "example-not-a-secret" }),
      vm({}),
      [
        {
          type: VMSS,
          props: {
            resourceGroupName: "rg",
            virtualMachineProfile: {
              osProfile: { computerNamePrefix: "web", adminUsername: "u", linuxConfiguration: { disablePasswordAuthentication: false } },
            },
          },
        },
      ],
    ],
  },
});
