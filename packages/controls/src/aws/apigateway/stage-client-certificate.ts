import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { str } from "../../shared/text";

export const apigatewayStageClientCertificate = defineControl({
  id: "aws-apigateway-stage-client-certificate",
  title: "API Gateway REST stages present a client certificate to HTTP backends",
  rationale:
    "A client certificate lets a backend verify that requests come from this API stage and not from someone who found the backend's address.",
  severity: "low",
  cloud: "aws",
  service: "apigateway",
  resourceTypes: ["aws:apigateway/stage:Stage"],
  frameworks: {
    "aws-fsbp": ["APIGateway.2"],
    "nist-800-53-r5": ["IA-3(3)(b)", "SC-8", "SC-23"],
    soc2: ["CC6.7"],
    "iso27001-2022": ["A.8.21"],
  },
  remediation: "Create an aws.apigateway.ClientCertificate and set clientCertificateId on the stage; have the backend require it.",
  enforcementLevel: "advisory",
  tags: ["network", "api"],
  check: (r) =>
    str(r.props.clientCertificateId).trim() !== ""
      ? pass()
      : fail("clientCertificateId", "clientCertificateId is not set; backends cannot tell this stage's requests from anyone else's"),
  examples: {
    compliant: [
      [
        {
          type: "aws:apigateway/stage:Stage",
          props: { restApi: "api", deployment: "d", stageName: "prod", clientCertificateId: "abc123" },
        },
      ],
    ],
    nonCompliant: [[{ type: "aws:apigateway/stage:Stage", props: { restApi: "api", deployment: "d", stageName: "prod" } }]],
  },
});
