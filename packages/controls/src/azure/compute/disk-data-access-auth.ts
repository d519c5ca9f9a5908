import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { same } from "../../shared/azure";

export const diskDataAccessAuth = defineControl({
  id: "azure-compute-disk-data-access-auth",
  title: "Managed disks require Entra ID authorization to export or upload",
  rationale:
    "With data access authentication mode on, a disk's SAS export URL is usable only by identities with the disk's data permissions.",
  severity: "medium",
  cloud: "azure",
  service: "compute",
  resourceTypes: ["azure-native:compute:Disk"],
  frameworks: {
    "cis-azure-3.0": ["8.6"],
    "nist-800-53-r5": ["AC-3", "IA-2"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.8.5"],
    "pci-dss-4.0": ["7.2.1"],
  },
  remediation: 'Set dataAccessAuthMode: "AzureActiveDirectory".',
  enforcementLevel: "advisory",
  tags: ["identity", "compute"],
  check: (r) =>
    same(r.props.dataAccessAuthMode, "AzureActiveDirectory")
      ? pass()
      : fail(
          "dataAccessAuthMode",
          `dataAccessAuthMode is ${JSON.stringify(r.props.dataAccessAuthMode ?? "unset (None)")}; set it to "AzureActiveDirectory"`,
        ),
  remediate: (r) =>
    same(r.props.dataAccessAuthMode, "AzureActiveDirectory") ? undefined : { ...r.props, dataAccessAuthMode: "AzureActiveDirectory" },
  examples: {
    compliant: [[{ type: "azure-native:compute:Disk", props: { dataAccessAuthMode: "AzureActiveDirectory" } }]],
    nonCompliant: [[{ type: "azure-native:compute:Disk", props: {} }]],
  },
});
