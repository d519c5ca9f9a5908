import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { azurePolicy } from "../../shared/azure-policy";

const ACCEPTED = ["TLS1_2", "TLS1_3"];

export const storageMinimumTls = defineControl({
  id: "azure-storage-minimum-tls",
  title: "Storage accounts accept TLS 1.2 or newer only",
  rationale: "TLS 1.0 and 1.1 have known weaknesses; clients that still use them should fail rather than silently downgrade.",
  severity: "medium",
  cloud: "azure",
  service: "storage",
  resourceTypes: ["azure-native:storage:StorageAccount"],
  frameworks: {
    "cis-azure-6.0": ["9.3.6"],
    "cis-azure-3.0": ["4.15"],
    "nist-800-53-r5": ["SC-8", "SC-13"],
    soc2: ["CC6.7"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["4.2.1"],
    hipaa: ["164.312(e)(2)(ii)"],
  },
  remediation: 'Set minimumTlsVersion: "TLS1_2".',
  enforcementLevel: "mandatory",
  tags: ["encryption-in-transit"],
  check: (r) =>
    ACCEPTED.includes(r.props.minimumTlsVersion)
      ? pass()
      : fail(
          "minimumTlsVersion",
          `minimumTlsVersion is ${JSON.stringify(r.props.minimumTlsVersion ?? "unset (the Storage API reads an absent minimumTlsVersion as TLS1_0)")}; set it to "TLS1_2"`,
        ),
  remediate: (r) => (ACCEPTED.includes(r.props.minimumTlsVersion) ? undefined : { ...r.props, minimumTlsVersion: "TLS1_2" }),
  preventive: [
    azurePolicy({
      name: "palisade-storage-minimum-tls",
      displayName: "Storage accounts must require TLS 1.2 or newer",
      description: "Denies storage accounts whose minimum TLS version is below 1.2 (Palisade control azure-storage-minimum-tls).",
      nonCompliantWhen: {
        allOf: [
          { field: "type", equals: "Microsoft.Storage/storageAccounts" },
          {
            anyOf: [
              { field: "Microsoft.Storage/storageAccounts/minimumTlsVersion", exists: "false" },
              { field: "Microsoft.Storage/storageAccounts/minimumTlsVersion", notIn: ACCEPTED },
            ],
          },
        ],
      },
    }),
  ],
  examples: {
    compliant: [[{ type: "azure-native:storage:StorageAccount", props: { minimumTlsVersion: "TLS1_2" } }]],
    nonCompliant: [
      [{ type: "azure-native:storage:StorageAccount", props: { minimumTlsVersion: "TLS1_0" } }],
      [{ type: "azure-native:storage:StorageAccount", props: {} }],
    ],
  },
});
