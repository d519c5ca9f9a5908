import { defineControl } from "../../model/control";
import { fail, notApplicable, pass } from "../../model/verdict";
import { str } from "../../shared/text";

/**
 * Checkov CKV_AWS_173.
 */
export const lambdaFunctionEnvironmentKms = defineControl({
  id: "aws-lambda-function-environment-kms",
  title: "Lambda environment variables are encrypted with a customer-managed key",
  rationale:
    "With the default AWS-managed key anyone allowed lambda:GetFunctionConfiguration reads the environment in clear text; a customer-managed key puts decryption under its own key policy.",
  severity: "low",
  cloud: "aws",
  service: "lambda",
  resourceTypes: ["aws:lambda/function:Function"],
  frameworks: {
    "nist-800-53-r5": ["SC-28", "SC-12", "SC-13"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["3.5.1"],
  },
  remediation: "Set kmsKeyArn to a customer-managed KMS key, and keep secrets in Secrets Manager rather than in environment variables.",
  enforcementLevel: "advisory",
  tags: ["encryption", "serverless"],
  check: (r) => {
    const variables = r.props.environment?.variables;
    if (variables === undefined || variables === null || Object.keys(variables).length === 0)
      return notApplicable("the function has no environment variables");
    return str(r.props.kmsKeyArn).trim() !== ""
      ? pass()
      : fail("kmsKeyArn", "the function has environment variables but no kmsKeyArn; encrypt them with a customer-managed key");
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:lambda/function:Function",
          props: { role: "r", environment: { variables: { TABLE: "orders" } }, kmsKeyArn: "arn:aws:kms:eu-west-1:123456789012:key/1" },
        },
      ],
      [{ type: "aws:lambda/function:Function", props: { role: "r" } }],
    ],
    nonCompliant: [[{ type: "aws:lambda/function:Function", props: { role: "r", environment: { variables: { TABLE: "orders" } } } }]],
  },
});
