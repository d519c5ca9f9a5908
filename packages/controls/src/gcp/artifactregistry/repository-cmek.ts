import { defineControl } from "../../model/control";
import { CMEK, gcpSettingControl } from "../../shared/gcp-setting";

export const artifactregistryRepositoryCmek = defineControl(
  gcpSettingControl({
    id: "gcp-artifactregistry-repository-cmek",
    service: "artifactregistry",
    title: "Artifact Registry repositories are encrypted with a customer-managed key",
    rationale:
      "Images and packages at rest under a Cloud KMS key the organisation controls can be made unreadable by disabling the key, and every decryption is logged.",
    remediation: "Set kmsKeyName when creating the repository (it cannot be changed later).",
    severity: "low",
    enforcementLevel: "advisory",
    resourceTypes: ["gcp:artifactregistry/repository:Repository"],
    path: "kmsKeyName",
    ok: (v) => typeof v === "string" && v !== "",
    unset: { passes: false, meaning: "Google-managed keys" },
    want: "set it to a Cloud KMS key",
    good: ["projects/p/locations/europe-west1/keyRings/r/cryptoKeys/images"],
    bad: [""],
    base: { repositoryId: "images", location: "europe-west1", format: "DOCKER" },
    frameworks: CMEK,
    tags: ["encryption-at-rest", "key-management", "supply-chain"],
  }),
);
