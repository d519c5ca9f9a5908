import { defineControl } from "../../model/control";
import { GCP_TLS, gcpSettingControl } from "../../shared/gcp-setting";

export const cloudfunctionsFunctionHttpsOnly = defineControl(
  gcpSettingControl({
    id: "gcp-cloudfunctions-function-https-only",
    service: "cloudfunctions",
    title: "HTTP-triggered Cloud Functions (1st gen) redirect HTTP to HTTPS",
    rationale:
      "With SECURE_OPTIONAL the function answers plain HTTP, so requests, tokens and responses can be read and altered on the way.",
    remediation: 'Set httpsTriggerSecurityLevel: "SECURE_ALWAYS".',
    severity: "medium",
    resourceTypes: ["gcp:cloudfunctions/function:Function"],
    path: "httpsTriggerSecurityLevel",
    ok: (v) => v === "SECURE_ALWAYS",
    unset: { passes: false, meaning: "SECURE_OPTIONAL for 1st-gen functions" },
    want: 'set it to "SECURE_ALWAYS"',
    good: ["SECURE_ALWAYS"],
    bad: ["SECURE_OPTIONAL"],
    base: { runtime: "nodejs20", entryPoint: "handler", triggerHttp: true },
    frameworks: GCP_TLS,
    tags: ["encryption-in-transit", "serverless"],
  }),
);
