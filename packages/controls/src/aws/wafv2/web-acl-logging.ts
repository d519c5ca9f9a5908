import { defineControl } from "../../model/control";
import { UNKNOWN } from "../../model/unknowns";
import { cannotEvaluate, fail, pass } from "../../model/verdict";

const WEB_ACL = "aws:wafv2/webAcl:WebAcl";
const LOGGING = "aws:wafv2/webAclLoggingConfiguration:WebAclLoggingConfiguration";

export const wafv2WebAclLogging = defineControl({
  id: "aws-wafv2-web-acl-logging",
  title: "WAFv2 web ACLs log their traffic",
  rationale:
    "WAF logs are the record of attacks the web ACL saw and of legitimate requests it blocked; without them neither can be investigated or tuned.",
  severity: "medium",
  cloud: "aws",
  service: "wafv2",
  resourceTypes: [WEB_ACL],
  frameworks: {
    "aws-fsbp": ["WAF.11"],
    "nist-800-53-r5": ["AU-2", "AU-12", "SI-4"],
    soc2: ["CC7.2"],
    "iso27001-2022": ["A.8.15", "A.8.16"],
    "pci-dss-4.0": ["10.2.1"],
    hipaa: ["164.312(b)"],
  },
  remediation:
    'Add an aws.wafv2.WebAclLoggingConfiguration with resourceArn: webAcl.arn and logDestinationConfigs: [a CloudWatch log group, S3 bucket or Firehose whose name starts with "aws-waf-logs-"].',
  enforcementLevel: "advisory",
  tags: ["logging", "edge"],
  correlatedCheck: (acl, stack) => {
    const { found, undecided } = stack.referencingOrUnknown(acl, [LOGGING], "resourceArn", ["arn"]);
    if (found.length > 0) return pass();
    if (undecided.length > 0)
      return cannotEvaluate("resourceArn", `${undecided[0].name}.resourceArn is unknown and may refer to this web ACL`);
    return fail("WebAclLoggingConfiguration", `web ACL ${acl.name} has no aws.wafv2.WebAclLoggingConfiguration; add one`);
  },
  examples: {
    compliant: [
      [
        { type: WEB_ACL, name: "edge", props: { scope: "CLOUDFRONT", defaultAction: { allow: {} } } },
        {
          type: LOGGING,
          name: "edge-logs",
          props: { resourceArn: UNKNOWN, logDestinationConfigs: ["arn:aws:logs:us-east-1:1:log-group:aws-waf-logs-edge"] },
          refs: { resourceArn: ["edge"] },
        },
      ],
      [
        { type: WEB_ACL, name: "state", props: { arn: "arn:aws:wafv2:eu-west-1:1:regional/webacl/api/1", scope: "REGIONAL" } },
        {
          type: LOGGING,
          name: "state-logs",
          props: { resourceArn: "arn:aws:wafv2:eu-west-1:1:regional/webacl/api/1", logDestinationConfigs: ["arn:fh"] },
        },
      ],
    ],
    nonCompliant: [[{ type: WEB_ACL, name: "edge", props: { scope: "CLOUDFRONT", defaultAction: { allow: {} } } }]],
  },
});
