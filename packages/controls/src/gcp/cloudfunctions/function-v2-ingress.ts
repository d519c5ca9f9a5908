import { defineControl } from "../../model/control";
import { GCP_NETWORK, gcpSettingControl } from "../../shared/gcp-setting";

export const cloudfunctionsFunctionV2Ingress = defineControl(
  gcpSettingControl({
    id: "gcp-cloudfunctions-function-v2-ingress",
    service: "cloudfunctions",
    title: "Cloud Functions (2nd gen) accept traffic only from inside the network or the load balancer",
    rationale: "With ALLOW_ALL the function's URL is reachable from the internet, bypassing Cloud Armor and VPC Service Controls.",
    remediation: 'Set serviceConfig.ingressSettings: "ALLOW_INTERNAL_ONLY" (or "ALLOW_INTERNAL_AND_GCLB" behind a load balancer).',
    severity: "medium",
    enforcementLevel: "advisory",
    resourceTypes: ["gcp:cloudfunctionsv2/function:Function"],
    path: "serviceConfig.ingressSettings",
    ok: (v) => v === "ALLOW_INTERNAL_ONLY" || v === "ALLOW_INTERNAL_AND_GCLB",
    unset: { passes: false, meaning: "ALLOW_ALL" },
    want: 'set it to "ALLOW_INTERNAL_ONLY" or "ALLOW_INTERNAL_AND_GCLB"',
    good: ["ALLOW_INTERNAL_ONLY"],
    bad: ["ALLOW_ALL"],
    base: { location: "europe-west1", buildConfig: { runtime: "nodejs20", entryPoint: "handler" } },
    frameworks: GCP_NETWORK,
    tags: ["network", "public-exposure", "serverless"],
  }),
);
