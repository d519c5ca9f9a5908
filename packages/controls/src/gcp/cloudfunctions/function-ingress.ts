import { defineControl } from "../../model/control";
import { GCP_NETWORK, gcpSettingControl } from "../../shared/gcp-setting";

export const cloudfunctionsFunctionIngress = defineControl(
  gcpSettingControl({
    id: "gcp-cloudfunctions-function-ingress",
    service: "cloudfunctions",
    title: "Cloud Functions (1st gen) accept traffic only from inside the network or the load balancer",
    rationale: "With ALLOW_ALL the function's URL is reachable from the internet, bypassing Cloud Armor and VPC Service Controls.",
    remediation: 'Set ingressSettings: "ALLOW_INTERNAL_ONLY" (or "ALLOW_INTERNAL_AND_GCLB" behind a load balancer with Cloud Armor).',
    severity: "medium",
    enforcementLevel: "advisory",
    resourceTypes: ["gcp:cloudfunctions/function:Function"],
    path: "ingressSettings",
    ok: (v) => v === "ALLOW_INTERNAL_ONLY" || v === "ALLOW_INTERNAL_AND_GCLB",
    unset: { passes: false, meaning: "ALLOW_ALL" },
    want: 'set it to "ALLOW_INTERNAL_ONLY" or "ALLOW_INTERNAL_AND_GCLB"',
    good: ["ALLOW_INTERNAL_ONLY", "ALLOW_INTERNAL_AND_GCLB"],
    bad: ["ALLOW_ALL"],
    base: { runtime: "nodejs20", entryPoint: "handler", triggerHttp: true },
    frameworks: GCP_NETWORK,
    tags: ["network", "public-exposure", "serverless"],
  }),
);
