import { defineControl } from "../../model/control";
import { PUBLIC_EXPOSURE, publicIamControl } from "../../shared/gcp-setting";

export const cloudfunctionsFunctionNotPublic = defineControl(
  publicIamControl({
    id: "gcp-cloudfunctions-function-not-public",
    service: "cloudfunctions",
    noun: "Cloud Functions",
    rationale:
      "allUsers as invoker makes the function callable by anyone without authentication; webhooks that must be public should verify signatures and be recorded as exceptions.",
    severity: "high",
    enforcementLevel: "advisory",
    iamTypes: [
      "gcp:cloudfunctionsv2/functionIamMember:FunctionIamMember",
      "gcp:cloudfunctionsv2/functionIamBinding:FunctionIamBinding",
      "gcp:cloudfunctionsv2/functionIamPolicy:FunctionIamPolicy",
      "gcp:cloudfunctions/functionIamMember:FunctionIamMember",
      "gcp:cloudfunctions/functionIamBinding:FunctionIamBinding",
      "gcp:cloudfunctions/functionIamPolicy:FunctionIamPolicy",
    ],
    target: { cloudFunction: "orders-hook", location: "europe-west1" },
    role: "roles/cloudfunctions.invoker",
    frameworks: PUBLIC_EXPOSURE,
  }),
);
