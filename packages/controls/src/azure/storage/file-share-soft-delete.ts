import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { objectOf } from "../../shared/azure";

export const storageFileShareSoftDelete = defineControl({
  id: "azure-storage-file-share-soft-delete",
  title: "File services keep deleted file shares (soft delete)",
  rationale: "Share soft delete lets a deleted Azure Files share, and everything in it, be recovered during the retention period.",
  severity: "medium",
  cloud: "azure",
  service: "storage",
  resourceTypes: ["azure-native:storage:FileServiceProperties"],
  frameworks: {
    "cis-azure-6.0": ["9.1.1"],
    "nist-800-53-r5": ["CP-9", "CP-10"],
    soc2: ["A1.2"],
    "iso27001-2022": ["A.8.13"],
    hipaa: ["164.308(a)(7)(ii)(A)"],
  },
  remediation: "Set shareDeleteRetentionPolicy: { enabled: true, days: 7 } (or longer).",
  enforcementLevel: "advisory",
  tags: ["resilience", "data-protection"],
  check: (r) => {
    const enabled = objectOf(r.props.shareDeleteRetentionPolicy)?.enabled;
    return enabled === true
      ? pass()
      : fail(
          "shareDeleteRetentionPolicy.enabled",
          `shareDeleteRetentionPolicy.enabled is ${JSON.stringify(enabled ?? "unset")}; set it to true`,
        );
  },
  examples: {
    compliant: [
      [{ type: "azure-native:storage:FileServiceProperties", props: { shareDeleteRetentionPolicy: { enabled: true, days: 7 } } }],
    ],
    nonCompliant: [
      [{ type: "azure-native:storage:FileServiceProperties", props: { shareDeleteRetentionPolicy: { enabled: false } } }],
      [{ type: "azure-native:storage:FileServiceProperties", props: {} }],
    ],
  },
});
