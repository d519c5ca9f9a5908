import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

/** REST API stages (apigateway) and HTTP/WebSocket API stages (apigatewayv2) share `accessLogSettings`. */
export const apigatewayStageAccessLogging = defineControl({
  id: "aws-apigateway-stage-access-logging",
  title: "API Gateway stages write access logs",
  rationale: "Access logs record who called which route with which result; without them abuse of a public API cannot be traced.",
  severity: "low",
  cloud: "aws",
  service: "apigateway",
  resourceTypes: ["aws:apigateway/stage:Stage", "aws:apigatewayv2/stage:Stage"],
  frameworks: {
    "cis-aws-7.0": ["4.10"],
    "aws-fsbp": ["APIGateway.9"],
    "nist-800-53-r5": ["AU-2", "AU-3", "AU-12"],
    soc2: ["CC7.2"],
    "iso27001-2022": ["A.8.15"],
    "pci-dss-4.0": ["10.2.1"],
    hipaa: ["164.312(b)"],
  },
  remediation:
    'Set accessLogSettings: { destinationArn: logGroup.arn, format: JSON.stringify({ requestId: "$context.requestId", ip: "$context.identity.sourceIp", … }) }.',
  enforcementLevel: "advisory",
  tags: ["logging", "edge"],
  check: (r) => {
    const dest = r.props.accessLogSettings?.destinationArn;
    return typeof dest === "string" && dest.trim() !== ""
      ? pass()
      : fail(
          "accessLogSettings.destinationArn",
          "accessLogSettings.destinationArn is not set; send access logs to a CloudWatch log group or Firehose",
        );
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:apigatewayv2/stage:Stage",
          props: {
            apiId: "a1",
            name: "$default",
            accessLogSettings: { destinationArn: "arn:aws:logs:eu-west-1:111122223333:log-group:api", format: "$context.requestId" },
          },
        },
      ],
    ],
    nonCompliant: [[{ type: "aws:apigateway/stage:Stage", props: { restApi: "r1", deployment: "d1", stageName: "prod" } }]],
  },
});
