import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { listOf } from "../../shared/network";

export const lambdaFunctionInVpc = defineControl({
  id: "aws-lambda-function-in-vpc",
  title: "Lambda functions run in a VPC",
  rationale:
    "A function outside a VPC reaches the internet and AWS APIs directly, outside security groups, network firewalls and VPC endpoint policies.",
  severity: "low",
  cloud: "aws",
  service: "lambda",
  resourceTypes: ["aws:lambda/function:Function"],
  frameworks: {
    "aws-fsbp": ["Lambda.3"],
    "nist-800-53-r5": ["AC-4", "SC-7", "SC-7(5)"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.20", "A.8.22"],
  },
  remediation: "Set vpcConfig: { subnetIds, securityGroupIds } with private subnets in at least two Availability Zones.",
  enforcementLevel: "advisory",
  tags: ["network", "serverless"],
  check: (r) =>
    listOf(r.props.vpcConfig?.subnetIds).length > 0
      ? pass()
      : fail("vpcConfig.subnetIds", "the function has no vpcConfig.subnetIds; attach it to private subnets of a VPC"),
  examples: {
    compliant: [
      [
        {
          type: "aws:lambda/function:Function",
          props: {
            role: "arn:aws:iam::123456789012:role/fn",
            runtime: "nodejs22.x",
            vpcConfig: { subnetIds: ["subnet-a", "subnet-b"], securityGroupIds: ["sg-1"] },
          },
        },
      ],
    ],
    nonCompliant: [[{ type: "aws:lambda/function:Function", props: { role: "arn:aws:iam::123456789012:role/fn", runtime: "nodejs22.x" } }]],
  },
});
