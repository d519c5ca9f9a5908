import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

export const apigatewayStageXrayTracing = defineControl({
  id: "aws-apigateway-stage-xray-tracing",
  title: "API Gateway REST stages have X-Ray tracing enabled",
  rationale:
    "Traces show which requests reached which backends and where they failed or slowed; without them abuse and failures across services are hard to follow.",
  severity: "low",
  cloud: "aws",
  service: "apigateway",
  resourceTypes: ["aws:apigateway/stage:Stage"],
  frameworks: {
    "aws-fsbp": ["APIGateway.3"],
    "nist-800-53-r5": ["AU-12", "SI-4", "CA-7"],
    soc2: ["CC7.2"],
    "iso27001-2022": ["A.8.16"],
  },
  remediation: "Set xrayTracingEnabled: true.",
  enforcementLevel: "advisory",
  tags: ["monitoring", "api"],
  check: (r) =>
    r.props.xrayTracingEnabled === true
      ? pass()
      : fail(
          "xrayTracingEnabled",
          `xrayTracingEnabled is ${r.props.xrayTracingEnabled === undefined || r.props.xrayTracingEnabled === null ? "not set (default false)" : JSON.stringify(r.props.xrayTracingEnabled)}; set it to true`,
        ),
  examples: {
    compliant: [
      [{ type: "aws:apigateway/stage:Stage", props: { restApi: "api", deployment: "d", stageName: "prod", xrayTracingEnabled: true } }],
    ],
    nonCompliant: [[{ type: "aws:apigateway/stage:Stage", props: { restApi: "api", deployment: "d", stageName: "prod" } }]],
  },
});
