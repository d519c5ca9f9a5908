import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

export const appGatewayHttp2 = defineControl({
  id: "azure-network-app-gateway-http2",
  title: "Application gateways enable HTTP/2",
  rationale:
    "HTTP/2 multiplexes requests over one TLS connection, removing HTTP/1.1 connection-exhaustion and head-of-line issues at the edge.",
  severity: "low",
  cloud: "azure",
  service: "network",
  resourceTypes: ["azure-native:network:ApplicationGateway"],
  frameworks: {
    "cis-azure-6.0": ["7.13"],
    "nist-800-53-r5": ["CM-6"],
    "iso27001-2022": ["A.8.9"],
  },
  remediation: "Set enableHttp2: true.",
  enforcementLevel: "advisory",
  tags: ["network"],
  check: (r) =>
    r.props.enableHttp2 === true
      ? pass()
      : fail("enableHttp2", `enableHttp2 is ${JSON.stringify(r.props.enableHttp2 ?? "unset (false)")}; set it to true`),
  remediate: (r) => (r.props.enableHttp2 === true ? undefined : { ...r.props, enableHttp2: true }),
  examples: {
    compliant: [[{ type: "azure-native:network:ApplicationGateway", props: { enableHttp2: true } }]],
    nonCompliant: [[{ type: "azure-native:network:ApplicationGateway", props: {} }]],
  },
});
