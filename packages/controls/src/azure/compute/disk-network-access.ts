import { defineControl } from "../../model/control";
import { failAll, type Violation } from "../../model/verdict";
import { oneOf, same } from "../../shared/azure";
import { azurePolicy } from "../../shared/azure-policy";

export const diskNetworkAccess = defineControl({
  id: "azure-compute-disk-network-access",
  title: "Managed disks cannot be exported over public networks",
  rationale:
    "A disk open to all networks can be exported with a SAS URI from anywhere; limiting export to private links (or none) keeps disk contents inside.",
  severity: "high",
  cloud: "azure",
  service: "compute",
  resourceTypes: ["azure-native:compute:Disk"],
  frameworks: {
    "cis-azure-3.0": ["8.5"],
    "nist-800-53-r5": ["AC-4", "SC-7"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.20"],
    "pci-dss-4.0": ["1.4.1"],
    hipaa: ["164.312(e)(1)"],
  },
  remediation: 'Set networkAccessPolicy: "DenyAll" (or "AllowPrivate" with a diskAccessId) and publicNetworkAccess: "Disabled".',
  enforcementLevel: "mandatory",
  tags: ["network", "public-exposure", "compute"],
  check: (r) => {
    const violations: Violation[] = [];
    if (!oneOf(r.props.networkAccessPolicy, ["DenyAll", "AllowPrivate"])) {
      violations.push({
        property: "networkAccessPolicy",
        message: `networkAccessPolicy is ${JSON.stringify(r.props.networkAccessPolicy ?? "unset (AllowAll)")}; set it to "DenyAll" or "AllowPrivate"`,
      });
    }
    if (!same(r.props.publicNetworkAccess, "Disabled")) {
      violations.push({
        property: "publicNetworkAccess",
        message: `publicNetworkAccess is ${JSON.stringify(r.props.publicNetworkAccess ?? "unset (Enabled)")}; set it to "Disabled"`,
      });
    }
    return failAll(violations);
  },
  preventive: [
    azurePolicy({
      name: "palisade-disk-network-access",
      displayName: "Managed disks must not allow export from all networks",
      description:
        "Denies managed disks whose network access policy allows all networks (Palisade control azure-compute-disk-network-access).",
      nonCompliantWhen: {
        allOf: [
          { field: "type", equals: "Microsoft.Compute/disks" },
          { field: "Microsoft.Compute/disks/networkAccessPolicy", notIn: ["DenyAll", "AllowPrivate"] },
        ],
      },
    }),
  ],
  examples: {
    compliant: [[{ type: "azure-native:compute:Disk", props: { networkAccessPolicy: "DenyAll", publicNetworkAccess: "Disabled" } }]],
    nonCompliant: [
      [{ type: "azure-native:compute:Disk", props: { networkAccessPolicy: "AllowAll" } }],
      [{ type: "azure-native:compute:Disk", props: {} }],
    ],
  },
});
