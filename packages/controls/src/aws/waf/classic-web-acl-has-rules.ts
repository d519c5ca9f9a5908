import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { listOf } from "../../shared/network";

const GLOBAL = "aws:waf/webAcl:WebAcl";
const REGIONAL = "aws:wafregional/webAcl:WebAcl";

/** WAF Classic (end of support September 2025): global (waf) and regional (wafregional) web ACLs alike. */
export const wafClassicWebAclHasRules = defineControl({
  id: "aws-waf-classic-web-acl-has-rules",
  title: "WAF Classic web ACLs contain at least one rule or rule group",
  rationale:
    "An empty web ACL applies only its default action while appearing to protect the resource; WAF Classic itself should be migrated to WAFv2.",
  severity: "medium",
  cloud: "aws",
  service: "waf",
  resourceTypes: [GLOBAL, REGIONAL],
  frameworks: {
    "aws-fsbp": ["WAF.4", "WAF.8"],
    "nist-800-53-r5": ["SC-7", "SI-4"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.20"],
  },
  remediation: "Migrate the web ACL to aws.wafv2.WebAcl (WAF Classic is past end of support); until then add rules.",
  enforcementLevel: "advisory",
  tags: ["network", "edge"],
  check: (r) => (listOf(r.props.rules).length > 0 ? pass() : fail("rules", "the web ACL has no rules; add rules, or migrate to WAFv2")),
  examples: {
    compliant: [
      [
        {
          type: GLOBAL,
          props: {
            metricName: "acl",
            defaultAction: { type: "ALLOW" },
            rules: [{ priority: 1, ruleId: "r-1", action: { type: "BLOCK" } }],
          },
        },
      ],
    ],
    nonCompliant: [[{ type: REGIONAL, props: { metricName: "acl", defaultAction: { type: "ALLOW" } } }]],
  },
});
