import { defineControl } from "../../model/control";
import { fail, notApplicable, pass } from "../../model/verdict";

const EXTERNAL = ["EXTERNAL", "EXTERNAL_MANAGED", "INTERNAL_MANAGED"];

export const computeBackendServiceLogging = defineControl({
  id: "gcp-compute-backend-service-logging",
  title: "HTTP(S) load balancer backend services log requests",
  rationale:
    "Load balancer request logs record every request (client, URL, status, latency): the trail for investigating attacks against web applications.",
  severity: "medium",
  cloud: "gcp",
  service: "compute",
  resourceTypes: ["gcp:compute/backendService:BackendService", "gcp:compute/regionBackendService:RegionBackendService"],
  frameworks: {
    "cis-gcp-5.0": ["2.17"],
    "cis-gcp-3.0": ["2.16"],
    "nist-800-53-r5": ["AU-12", "AU-2", "SI-4"],
    soc2: ["CC7.2"],
    "iso27001-2022": ["A.8.15", "A.8.16"],
    "pci-dss-4.0": ["10.2.1"],
    hipaa: ["164.312(b)"],
  },
  remediation: "Set logConfig { enable: true, sampleRate: 1 }.",
  enforcementLevel: "mandatory",
  tags: ["logging"],
  check: (r) => {
    const scheme = r.props.loadBalancingScheme ?? (r.type === "gcp:compute/backendService:BackendService" ? "EXTERNAL" : "INTERNAL");
    const protocol = r.props.protocol ?? "HTTP";
    if (!EXTERNAL.includes(scheme) || !["HTTP", "HTTPS", "HTTP2"].includes(protocol)) {
      return notApplicable(`a ${scheme} ${protocol} backend service is not behind an HTTP(S) load balancer`);
    }
    const log = r.props.logConfig;
    if (log && typeof log === "object" && log.enable === true) {
      return log.sampleRate === 0 ? fail("logConfig.sampleRate", "logConfig.sampleRate is 0, so nothing is logged; set it to 1") : pass();
    }
    return fail("logConfig.enable", "request logging is off; set logConfig { enable: true, sampleRate: 1 }");
  },
  examples: {
    compliant: [
      [
        {
          type: "gcp:compute/backendService:BackendService",
          props: { protocol: "HTTPS", loadBalancingScheme: "EXTERNAL_MANAGED", logConfig: { enable: true, sampleRate: 1 } },
        },
      ],
    ],
    nonCompliant: [
      [{ type: "gcp:compute/backendService:BackendService", props: { protocol: "HTTPS", loadBalancingScheme: "EXTERNAL_MANAGED" } }],
    ],
  },
});
