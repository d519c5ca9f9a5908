import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { str } from "../../shared/text";

/**
 * Checkov CKV_AWS_50; FSBP Lambda.7 is newer than the FSBP catalogue shipped here.
 */
export const lambdaFunctionXrayTracing = defineControl({
  id: "aws-lambda-function-xray-tracing",
  title: "Lambda functions have active X-Ray tracing",
  rationale:
    "Traces show which downstream services a function called and where it failed; without them a compromised or misbehaving function is hard to follow across services.",
  severity: "low",
  cloud: "aws",
  service: "lambda",
  resourceTypes: ["aws:lambda/function:Function"],
  frameworks: {
    "nist-800-53-r5": ["AU-12", "SI-4", "CA-7"],
    soc2: ["CC7.2"],
    "iso27001-2022": ["A.8.16"],
  },
  remediation: 'Set tracingConfig: { mode: "Active" } and allow xray:PutTraceSegments in the function role (AWSXRayDaemonWriteAccess).',
  enforcementLevel: "advisory",
  tags: ["monitoring", "serverless"],
  check: (r) =>
    str(r.props.tracingConfig?.mode) === "Active"
      ? pass()
      : fail(
          "tracingConfig.mode",
          `tracingConfig.mode is ${JSON.stringify(r.props.tracingConfig?.mode ?? "PassThrough (default)")}; set it to "Active"`,
        ),
  examples: {
    compliant: [
      [
        {
          type: "aws:lambda/function:Function",
          props: { role: "arn:aws:iam::123456789012:role/fn", runtime: "python3.13", tracingConfig: { mode: "Active" } },
        },
      ],
    ],
    nonCompliant: [
      [{ type: "aws:lambda/function:Function", props: { role: "arn:aws:iam::123456789012:role/fn", runtime: "python3.13" } }],
      [{ type: "aws:lambda/function:Function", props: { role: "r", tracingConfig: { mode: "PassThrough" } } }],
    ],
  },
});
