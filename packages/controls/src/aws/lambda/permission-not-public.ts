import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

const nonEmpty = (v: unknown) => typeof v === "string" && v.trim() !== "";

/**
 * A Lambda permission is one statement of the function's resource policy. For Principal "*" it is public
 * unless it names the source (sourceArn, sourceAccount or principalOrgId). For an AWS service principal
 * (s3.amazonaws.com, sns.amazonaws.com, …) without sourceArn or sourceAccount, any resource of that
 * service in any account can invoke the function (the confused deputy).
 */
export const lambdaPermissionNotPublic = defineControl({
  id: "aws-lambda-permission-not-public",
  title: "Lambda permissions do not let anyone invoke the function",
  rationale:
    'A permission for Principal "*", or for a service without naming the source resource or account, lets strangers — or their S3 buckets, SNS topics and API Gateway APIs — invoke the function.',
  severity: "high",
  cloud: "aws",
  service: "lambda",
  resourceTypes: ["aws:lambda/permission:Permission"],
  frameworks: {
    "cis-aws-7.0": ["2.21"],
    "aws-fsbp": ["Lambda.1"],
    "nist-800-53-r5": ["AC-3", "AC-21", "SC-7"],
    soc2: ["CC6.1", "CC6.6"],
    "iso27001-2022": ["A.5.15", "A.8.3"],
    "pci-dss-4.0": ["7.2.1"],
    hipaa: ["164.312(a)(1)"],
  },
  remediation:
    'Set sourceArn to the invoking resource (bucket, topic, API, rule) and sourceAccount to your account; for Principal "*" also principalOrgId, or name the calling account instead.',
  enforcementLevel: "mandatory",
  tags: ["public-exposure", "serverless"],
  check: (r) => {
    const principal = r.props.principal;
    if (typeof principal !== "string") return pass();
    const p = principal.trim();
    if (p === "*") {
      if (r.props.functionUrlAuthType === "NONE") {
        return fail(
          "functionUrlAuthType",
          'the permission lets anyone invoke the function URL without authentication; use functionUrlAuthType "AWS_IAM"',
        );
      }
      if (nonEmpty(r.props.sourceArn) || nonEmpty(r.props.sourceAccount) || nonEmpty(r.props.principalOrgId)) return pass();
      return fail("principal", 'principal is "*" with no sourceArn, sourceAccount or principalOrgId; name the caller');
    }
    if (/\.amazonaws\.com$/.test(p)) {
      if (nonEmpty(r.props.sourceArn) || nonEmpty(r.props.sourceAccount)) return pass();
      return fail(
        "sourceArn",
        `principal ${p} has no sourceArn or sourceAccount, so any ${p.split(".")[0]} resource in any account can invoke the function; set sourceArn`,
      );
    }
    return pass();
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:lambda/permission:Permission",
          props: {
            action: "lambda:InvokeFunction",
            function: "docsHandler-c29f9fc",
            principal: "s3.amazonaws.com",
            sourceArn: "arn:aws:s3:::docs-4936161",
            statementId: "docsHandler-0d20b8a",
          },
        },
      ],
      [{ type: "aws:lambda/permission:Permission", props: { action: "lambda:InvokeFunction", function: "f", principal: "444455556666" } }],
    ],
    nonCompliant: [
      [{ type: "aws:lambda/permission:Permission", props: { action: "lambda:InvokeFunction", function: "f", principal: "*" } }],
      [
        {
          type: "aws:lambda/permission:Permission",
          props: { action: "lambda:InvokeFunction", function: "f", principal: "sns.amazonaws.com" },
        },
      ],
      [
        {
          type: "aws:lambda/permission:Permission",
          props: {
            action: "lambda:InvokeFunctionUrl",
            function: "f",
            principal: "*",
            functionUrlAuthType: "NONE",
            sourceAccount: "111122223333",
          },
        },
      ],
    ],
  },
});
