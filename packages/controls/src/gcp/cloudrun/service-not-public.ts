import { defineControl } from "../../model/control";
import { PUBLIC_EXPOSURE, publicIamControl } from "../../shared/gcp-setting";

export const cloudrunServiceNotPublic = defineControl(
  publicIamControl({
    id: "gcp-cloudrun-service-not-public",
    service: "cloudrun",
    noun: "Cloud Run services",
    rationale:
      "allUsers as run.invoker makes the service callable by anyone without authentication; that is right for a public website and wrong for an internal API, so it is a reviewed exception, not a default.",
    severity: "high",
    enforcementLevel: "advisory",
    iamTypes: [
      "gcp:cloudrunv2/serviceIamMember:ServiceIamMember",
      "gcp:cloudrunv2/serviceIamBinding:ServiceIamBinding",
      "gcp:cloudrunv2/serviceIamPolicy:ServiceIamPolicy",
      "gcp:cloudrun/iamMember:IamMember",
      "gcp:cloudrun/iamBinding:IamBinding",
      "gcp:cloudrun/iamPolicy:IamPolicy",
    ],
    target: { name: "orders-api", location: "europe-west1" },
    role: "roles/run.invoker",
    frameworks: PUBLIC_EXPOSURE,
  }),
);
