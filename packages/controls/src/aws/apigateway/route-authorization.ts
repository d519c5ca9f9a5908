import { defineControl } from "../../model/control";
import { fail, notApplicable, pass } from "../../model/verdict";

/**
 * Methods of REST APIs and routes of HTTP APIs that anyone may call. CORS preflight (OPTIONS) is exempt;
 * of WebSocket routes only $connect can carry an authorizer, so other WebSocket routes (and the
 * ambiguous $default) are not judged.
 */
export const apigatewayRouteAuthorization = defineControl({
  id: "aws-apigateway-route-authorization",
  title: "API Gateway methods and routes require authorization",
  rationale:
    "A method with authorization NONE is callable by anyone on the internet; unless the API is meant to be public, that exposes the backend and its data.",
  severity: "medium",
  cloud: "aws",
  service: "apigateway",
  resourceTypes: ["aws:apigateway/method:Method", "aws:apigatewayv2/route:Route"],
  frameworks: {
    "aws-fsbp": ["APIGateway.8"],
    "nist-800-53-r5": ["AC-3", "IA-2", "AC-17"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.8.5", "A.5.15"],
    "pci-dss-4.0": ["8.2.2", "7.2.1"],
    hipaa: ["164.312(d)"],
  },
  remediation:
    'Set authorization to "AWS_IAM", "COGNITO_USER_POOLS" or "CUSTOM" with an authorizerId (HTTP APIs: authorizationType "JWT", "AWS_IAM" or "CUSTOM"); exempt deliberately public routes with a reason.',
  enforcementLevel: "advisory",
  tags: ["edge", "identity"],
  check: (r) => {
    if (r.type === "aws:apigateway/method:Method") {
      if (typeof r.props.httpMethod === "string" && r.props.httpMethod.toUpperCase() === "OPTIONS") return notApplicable("CORS preflight");
      const auth = r.props.authorization;
      return typeof auth === "string" && auth.toUpperCase() !== "NONE"
        ? pass()
        : fail("authorization", `authorization is ${JSON.stringify(auth ?? null)}; use AWS_IAM, COGNITO_USER_POOLS or CUSTOM`);
    }
    const key = typeof r.props.routeKey === "string" ? r.props.routeKey.trim() : "";
    const http = /^(ANY|GET|POST|PUT|PATCH|DELETE|HEAD) /i.test(key);
    if (!http && key !== "$connect") return notApplicable(`route ${key || "(none)"} cannot carry an authorizer or is a CORS preflight`);
    const auth = r.props.authorizationType;
    return typeof auth === "string" && auth.toUpperCase() !== "NONE"
      ? pass()
      : fail("authorizationType", `authorizationType is ${JSON.stringify(auth ?? "NONE")}; use JWT, AWS_IAM or CUSTOM`);
  },
  examples: {
    compliant: [
      [{ type: "aws:apigateway/method:Method", props: { restApi: "r", resourceId: "x", httpMethod: "GET", authorization: "AWS_IAM" } }],
      [
        {
          type: "aws:apigatewayv2/route:Route",
          props: { apiId: "a", routeKey: "POST /orders", authorizationType: "JWT", authorizerId: "au" },
        },
      ],
    ],
    nonCompliant: [
      [{ type: "aws:apigateway/method:Method", props: { restApi: "r", resourceId: "x", httpMethod: "POST", authorization: "NONE" } }],
      [{ type: "aws:apigatewayv2/route:Route", props: { apiId: "a", routeKey: "GET /admin" } }],
    ],
  },
});
