import { defineControl } from "../../model/control";
import { PUBLIC_EXPOSURE, publicIamControl } from "../../shared/gcp-setting";

export const secretmanagerSecretNotPublic = defineControl(
  publicIamControl({
    id: "gcp-secretmanager-secret-not-public",
    service: "secretmanager",
    noun: "Secret Manager secrets",
    rationale: "A public grant on a secret hands its value to anyone with a Google account (or no account at all).",
    severity: "critical",
    iamTypes: [
      "gcp:secretmanager/secretIamMember:SecretIamMember",
      "gcp:secretmanager/secretIamBinding:SecretIamBinding",
      "gcp:secretmanager/secretIamPolicy:SecretIamPolicy",
    ],
    target: { secretId: "db-password" },
    role: "roles/secretmanager.secretAccessor",
    frameworks: PUBLIC_EXPOSURE,
  }),
);
