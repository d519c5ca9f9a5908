import { defineControl } from "../../model/control";
import { gcpSettingControl } from "../../shared/gcp-setting";

export const storageBucketSoftDelete = defineControl(
  gcpSettingControl({
    id: "gcp-storage-bucket-soft-delete",
    service: "storage",
    title: "Cloud Storage buckets keep deleted objects recoverable",
    rationale:
      "Soft delete keeps deleted and overwritten objects for 7 days by default; a retention of 0 turns it off, so one mistaken or malicious delete is final.",
    remediation: "Remove softDeletePolicy.retentionDurationSeconds: 0 (the default keeps 604800 seconds) or set 7 days or more.",
    severity: "medium",
    resourceTypes: ["gcp:storage/bucket:Bucket"],
    path: "softDeletePolicy.retentionDurationSeconds",
    ok: (v) => typeof v === "number" && v >= 604800,
    unset: { passes: true, meaning: "604800 seconds (7 days)" },
    want: "set it to 604800 or more",
    good: [604800, 2592000],
    bad: [0],
    base: { location: "EU", uniformBucketLevelAccess: true },
    frameworks: { "nist-800-53-r5": ["CP-9", "SI-12"], soc2: ["A1.2"], "iso27001-2022": ["A.8.13"], hipaa: ["164.308(a)(7)(ii)(A)"] },
    tags: ["data-protection", "resilience"],
  }),
);
