import { defineControl } from "../../model/control";
import { UNKNOWN } from "../../model/unknowns";
import { cannotEvaluate, fail, pass } from "../../model/verdict";
import { listOf } from "../../shared/network";

const WEB_ACL = "aws:wafv2/webAcl:WebAcl";
/** Rules attached from outside the web ACL resource (provider 7.x). */
const RULE_RESOURCES = ["aws:wafv2/webAclRule:WebAclRule", "aws:wafv2/webAclRuleGroupAssociation:WebAclRuleGroupAssociation"];

function ruleJsonCount(json: unknown): number {
  if (typeof json !== "string" || json.trim() === "") return 0;
  try {
    const parsed = JSON.parse(json);
    return Array.isArray(parsed) ? parsed.length : 0;
  } catch {
    return 0;
  }
}

export const wafv2WebAclHasRules = defineControl({
  id: "aws-wafv2-web-acl-has-rules",
  title: "WAFv2 web ACLs contain at least one rule or rule group",
  rationale:
    "A web ACL with no rules applies only its default action: it is attached, reported and billed as protection while inspecting nothing.",
  severity: "medium",
  cloud: "aws",
  service: "wafv2",
  resourceTypes: [WEB_ACL],
  frameworks: {
    "aws-fsbp": ["WAF.10"],
    "nist-800-53-r5": ["SC-7", "SI-4"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.20", "A.8.23"],
    "pci-dss-4.0": ["6.4.2"],
  },
  remediation:
    "Add rules (e.g. the AWSManagedRulesCommonRuleSet managed rule group) in rules, or attach them with aws.wafv2.WebAclRuleGroupAssociation.",
  enforcementLevel: "advisory",
  tags: ["network", "edge"],
  correlatedCheck: (acl, stack) => {
    if (listOf(acl.props.rules).length > 0 || ruleJsonCount(acl.props.ruleJson) > 0) return pass();
    const { found, undecided } = stack.referencingOrUnknown(acl, RULE_RESOURCES, "webAclArn", ["arn"]);
    if (found.length > 0) return pass();
    if (undecided.length > 0) return cannotEvaluate("webAclArn", `${undecided[0].name}.webAclArn is unknown and may refer to this web ACL`);
    return fail("rules", `web ACL ${acl.name} has no rules; add a rule or managed rule group`);
  },
  examples: {
    compliant: [
      [
        {
          type: WEB_ACL,
          name: "edge",
          props: {
            scope: "CLOUDFRONT",
            defaultAction: { allow: {} },
            visibilityConfig: { cloudwatchMetricsEnabled: true, metricName: "edge", sampledRequestsEnabled: true },
            rules: [
              {
                name: "common",
                priority: 1,
                overrideAction: { none: {} },
                statement: { managedRuleGroupStatement: { name: "AWSManagedRulesCommonRuleSet", vendorName: "AWS" } },
                visibilityConfig: { cloudwatchMetricsEnabled: true, metricName: "common", sampledRequestsEnabled: true },
              },
            ],
          },
        },
      ],
      [
        { type: WEB_ACL, name: "api", props: { scope: "REGIONAL", defaultAction: { block: {} } } },
        {
          type: "aws:wafv2/webAclRuleGroupAssociation:WebAclRuleGroupAssociation",
          name: "api-common",
          props: {
            webAclArn: UNKNOWN,
            ruleName: "common",
            priority: 1,
            managedRuleGroup: { name: "AWSManagedRulesCommonRuleSet", vendorName: "AWS" },
          },
          refs: { webAclArn: ["api"] },
        },
      ],
    ],
    nonCompliant: [[{ type: WEB_ACL, name: "empty", props: { scope: "REGIONAL", defaultAction: { allow: {} }, rules: [] } }]],
  },
});
