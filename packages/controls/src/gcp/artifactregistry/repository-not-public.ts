import { defineControl } from "../../model/control";
import { PUBLIC_EXPOSURE, publicIamControl } from "../../shared/gcp-setting";

export const artifactregistryRepositoryNotPublic = defineControl(
  publicIamControl({
    id: "gcp-artifactregistry-repository-not-public",
    service: "artifactregistry",
    noun: "Artifact Registry repositories",
    rationale:
      "A public reader grant lets anyone download every image and package, with the secrets, internal hostnames and vulnerable dependencies inside them.",
    severity: "high",
    iamTypes: [
      "gcp:artifactregistry/repositoryIamMember:RepositoryIamMember",
      "gcp:artifactregistry/repositoryIamBinding:RepositoryIamBinding",
      "gcp:artifactregistry/repositoryIamPolicy:RepositoryIamPolicy",
    ],
    target: { repository: "images", location: "europe-west1" },
    role: "roles/artifactregistry.reader",
    frameworks: PUBLIC_EXPOSURE,
  }),
);
