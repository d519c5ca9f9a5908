import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

/**
 * A function URL with authorizationType NONE is an unauthenticated HTTPS endpoint on the internet; AWS
 * requires it to be paired with a resource policy allowing Principal "*" (lambda:InvokeFunctionUrl).
 */
export const lambdaFunctionUrlAuth = defineControl({
  id: "aws-lambda-function-url-auth",
  title: "Lambda function URLs require IAM authentication",
  rationale:
    "An unauthenticated function URL lets anyone on the internet invoke the function with the permissions of its execution role, and run up its cost.",
  severity: "high",
  cloud: "aws",
  service: "lambda",
  resourceTypes: ["aws:lambda/functionUrl:FunctionUrl"],
  frameworks: {
    "cis-aws-7.0": ["2.21"],
    "aws-fsbp": ["Lambda.1"],
    "nist-800-53-r5": ["AC-3", "IA-2", "SC-7"],
    soc2: ["CC6.1", "CC6.6"],
    "iso27001-2022": ["A.8.5", "A.5.15"],
    "pci-dss-4.0": ["7.2.1", "8.2.2"],
    hipaa: ["164.312(d)"],
  },
  remediation:
    'Set authorizationType: "AWS_IAM" and have callers sign requests; for a public API put API Gateway (with throttling and an authorizer) or CloudFront with origin access control in front.',
  enforcementLevel: "mandatory",
  tags: ["public-exposure", "serverless"],
  check: (r) =>
    r.props.authorizationType === "AWS_IAM"
      ? pass()
      : fail("authorizationType", `authorizationType is ${JSON.stringify(r.props.authorizationType ?? null)}; set it to "AWS_IAM"`),
  preventive: [
    {
      kind: "aws-scp",
      statements: () => [
        {
          Sid: "DenyPublicLambdaFunctionUrls",
          Effect: "Deny",
          Action: ["lambda:CreateFunctionUrlConfig", "lambda:UpdateFunctionUrlConfig", "lambda:AddPermission"],
          Resource: "*",
          Condition: { StringEquals: { "lambda:FunctionUrlAuthType": "NONE" } },
        },
      ],
    },
  ],
  examples: {
    compliant: [[{ type: "aws:lambda/functionUrl:FunctionUrl", props: { functionName: "api", authorizationType: "AWS_IAM" } }]],
    nonCompliant: [[{ type: "aws:lambda/functionUrl:FunctionUrl", props: { functionName: "api", authorizationType: "NONE" } }]],
  },
});
