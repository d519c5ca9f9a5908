import { defineControl } from "../../model/control";
import { failAll, type Violation } from "../../model/verdict";
import { objectOf } from "../../shared/azure";

/** "SMB3.0;SMB3.1.1" → ["smb3.0", "smb3.1.1"]; the service default (unset) allows every version. */
function list(value: unknown): string[] | undefined {
  if (typeof value !== "string" || value.trim() === "") return undefined;
  return value
    .split(";")
    .map((v) => v.trim().toLowerCase())
    .filter(Boolean);
}

export const storageFileShareSmbSecurity = defineControl({
  id: "azure-storage-file-share-smb-security",
  title: "SMB file shares accept only SMB 3.1.1 with AES-256-GCM channel encryption",
  rationale:
    "Older SMB dialects and AES-128 channel encryption are accepted by default; restricting shares to SMB 3.1.1 and AES-256-GCM removes downgrade paths.",
  severity: "medium",
  cloud: "azure",
  service: "storage",
  resourceTypes: ["azure-native:storage:FileServiceProperties"],
  frameworks: {
    "cis-azure-6.0": ["9.1.2", "9.1.3"],
    "nist-800-53-r5": ["SC-8", "SC-8(1)", "SC-13"],
    soc2: ["CC6.7"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["4.2.1"],
    hipaa: ["164.312(e)(2)(ii)"],
  },
  remediation: 'Set protocolSettings.smb: { versions: "SMB3.1.1", channelEncryption: "AES-256-GCM" }.',
  enforcementLevel: "advisory",
  tags: ["encryption-in-transit"],
  check: (r) => {
    const smb = objectOf(objectOf(r.props.protocolSettings)?.smb);
    const versions = list(smb?.versions);
    const ciphers = list(smb?.channelEncryption);
    const violations: Violation[] = [];
    if (!versions || versions.some((v) => v !== "smb3.1.1")) {
      violations.push({
        property: "protocolSettings.smb.versions",
        message: `protocolSettings.smb.versions is ${JSON.stringify(smb?.versions ?? "unset (every version)")}; set it to "SMB3.1.1"`,
      });
    }
    if (!ciphers || ciphers.some((c) => c !== "aes-256-gcm")) {
      violations.push({
        property: "protocolSettings.smb.channelEncryption",
        message: `protocolSettings.smb.channelEncryption is ${JSON.stringify(smb?.channelEncryption ?? "unset (AES-128 allowed)")}; set it to "AES-256-GCM"`,
      });
    }
    return failAll(violations);
  },
  examples: {
    compliant: [
      [
        {
          type: "azure-native:storage:FileServiceProperties",
          props: { protocolSettings: { smb: { versions: "SMB3.1.1", channelEncryption: "AES-256-GCM" } } },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "azure-native:storage:FileServiceProperties",
          props: { protocolSettings: { smb: { versions: "SMB3.0;SMB3.1.1", channelEncryption: "AES-128-GCM;AES-256-GCM" } } },
        },
      ],
      [{ type: "azure-native:storage:FileServiceProperties", props: {} }],
    ],
  },
});
