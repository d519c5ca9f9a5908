import { defineControl } from "../../model/control";
import { GCP_NETWORK, gcpSettingControl } from "../../shared/gcp-setting";

export const cloudrunServiceIngress = defineControl(
  gcpSettingControl({
    id: "gcp-cloudrun-service-ingress",
    service: "cloudrun",
    title: "Cloud Run services accept traffic only from inside the network or the load balancer",
    rationale:
      "With INGRESS_TRAFFIC_ALL the service's run.app URL is reachable from the internet, bypassing Cloud Armor and Identity-Aware Proxy on the load balancer.",
    remediation: 'Set ingress: "INGRESS_TRAFFIC_INTERNAL_ONLY" (or "INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER").',
    severity: "medium",
    enforcementLevel: "advisory",
    resourceTypes: ["gcp:cloudrunv2/service:Service"],
    path: "ingress",
    ok: (v) => v === "INGRESS_TRAFFIC_INTERNAL_ONLY" || v === "INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER",
    unset: { passes: false, meaning: "INGRESS_TRAFFIC_ALL" },
    want: 'set it to "INGRESS_TRAFFIC_INTERNAL_ONLY" or "INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER"',
    good: ["INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER"],
    bad: ["INGRESS_TRAFFIC_ALL"],
    base: { location: "europe-west1", template: { containers: [{ image: "europe-docker.pkg.dev/p/images/api:1" }] } },
    frameworks: GCP_NETWORK,
    tags: ["network", "public-exposure", "serverless"],
  }),
);
