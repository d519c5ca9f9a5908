import { defineControl } from "../../model/control";
import { failAll, type Violation } from "../../model/verdict";
import { objectsOf } from "../../shared/network";

const TYPES = ["aws:wafv2/webAcl:WebAcl", "aws:wafv2/ruleGroup:RuleGroup", "aws:wafv2/webAclRule:WebAclRule"];

export const wafv2CloudwatchMetrics = defineControl({
  id: "aws-wafv2-cloudwatch-metrics",
  title: "WAFv2 web ACLs, rule groups and rules publish CloudWatch metrics",
  rationale: "Per-rule metrics are how a team sees a rule start blocking (an attack, or a false positive) and alarms on it.",
  severity: "low",
  cloud: "aws",
  service: "wafv2",
  resourceTypes: TYPES,
  frameworks: {
    "aws-fsbp": ["WAF.12"],
    "nist-800-53-r5": ["AU-12", "SI-4"],
    soc2: ["CC7.2"],
    "iso27001-2022": ["A.8.16"],
  },
  remediation: "Set visibilityConfig.cloudwatchMetricsEnabled: true on the web ACL or rule group and on each of its rules.",
  enforcementLevel: "advisory",
  tags: ["monitoring", "edge"],
  check: (r) => {
    const violations: Violation[] = [];
    if (r.props.visibilityConfig?.cloudwatchMetricsEnabled !== true) {
      violations.push({
        property: "visibilityConfig.cloudwatchMetricsEnabled",
        message: "visibilityConfig.cloudwatchMetricsEnabled is not true; set it to true",
      });
    }
    objectsOf(r.props.rules).forEach((rule, i) => {
      if (rule.visibilityConfig?.cloudwatchMetricsEnabled !== true) {
        violations.push({
          property: `rules[${i}].visibilityConfig.cloudwatchMetricsEnabled`,
          message: `rule ${JSON.stringify(rule.name ?? i)} does not publish CloudWatch metrics; set visibilityConfig.cloudwatchMetricsEnabled: true`,
        });
      }
    });
    return failAll(violations);
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:wafv2/ruleGroup:RuleGroup",
          props: {
            scope: "REGIONAL",
            capacity: 10,
            visibilityConfig: { cloudwatchMetricsEnabled: true, metricName: "g", sampledRequestsEnabled: true },
            rules: [
              {
                name: "geo",
                priority: 1,
                action: { block: {} },
                visibilityConfig: { cloudwatchMetricsEnabled: true, metricName: "geo", sampledRequestsEnabled: true },
              },
            ],
          },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "aws:wafv2/webAcl:WebAcl",
          props: {
            scope: "REGIONAL",
            defaultAction: { allow: {} },
            visibilityConfig: { cloudwatchMetricsEnabled: true, metricName: "acl", sampledRequestsEnabled: true },
            rules: [
              {
                name: "rate",
                priority: 1,
                action: { block: {} },
                visibilityConfig: { cloudwatchMetricsEnabled: false, metricName: "rate", sampledRequestsEnabled: false },
              },
            ],
          },
        },
      ],
      [
        {
          type: "aws:wafv2/webAclRule:WebAclRule",
          props: { webAclArn: "arn", priority: 2, visibilityConfig: { cloudwatchMetricsEnabled: false, metricName: "r" } },
        },
      ],
    ],
  },
});
