import { defineControl } from "../../model/control";
import { CMEK, gcpSettingControl } from "../../shared/gcp-setting";

export const sqlInstanceCmek = defineControl(
  gcpSettingControl({
    id: "gcp-sql-instance-cmek",
    service: "sql",
    title: "Cloud SQL instances are encrypted with a customer-managed key",
    rationale:
      "Database files and backups under a Cloud KMS key the organisation controls can be made unreadable by disabling the key, and every use of the key is logged.",
    remediation: "Set encryptionKeyName when creating the instance (it cannot be changed later).",
    severity: "low",
    enforcementLevel: "advisory",
    resourceTypes: ["gcp:sql/databaseInstance:DatabaseInstance"],
    path: "encryptionKeyName",
    ok: (v) => typeof v === "string" && v !== "",
    unset: { passes: false, meaning: "Google-managed keys" },
    want: "set it to a Cloud KMS key in the instance's region",
    good: ["projects/p/locations/europe-west1/keyRings/r/cryptoKeys/sql"],
    bad: [""],
    base: { databaseVersion: "POSTGRES_16", region: "europe-west1", settings: { tier: "db-custom-2-7680" } },
    frameworks: CMEK,
    tags: ["encryption-at-rest", "key-management", "database"],
  }),
);
