import { defineControl } from "../../model/control";
import { CMEK, gcpSettingControl } from "../../shared/gcp-setting";

export const computeDiskCmek = defineControl(
  gcpSettingControl({
    id: "gcp-compute-disk-cmek",
    service: "compute",
    title: "Persistent disks are encrypted with a customer-managed key",
    rationale:
      "Disks under a Cloud KMS key the organisation controls can be made unreadable by disabling the key, and every use of the key is logged.",
    remediation: "Set diskEncryptionKey.kmsKeySelfLink to a Cloud KMS key.",
    severity: "low",
    enforcementLevel: "advisory",
    resourceTypes: ["gcp:compute/disk:Disk"],
    path: "diskEncryptionKey.kmsKeySelfLink",
    ok: (v) => typeof v === "string" && v !== "",
    unset: { passes: false, meaning: "Google-managed keys" },
    want: "set it to a Cloud KMS key",
    good: ["projects/p/locations/europe-west1/keyRings/r/cryptoKeys/disks"],
    bad: [""],
    base: { zone: "europe-west1-b", size: 50 },
    frameworks: CMEK,
    tags: ["encryption-at-rest", "key-management"],
  }),
);
