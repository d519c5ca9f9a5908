import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

export const wafClassicGlobalWebAclLogging = defineControl({
  id: "aws-waf-classic-global-web-acl-logging",
  title: "WAF Classic global web ACLs log their traffic",
  rationale: "Without logs the requests a CloudFront-facing web ACL blocked or allowed cannot be investigated.",
  severity: "low",
  cloud: "aws",
  service: "waf",
  resourceTypes: ["aws:waf/webAcl:WebAcl"],
  frameworks: {
    "aws-fsbp": ["WAF.1"],
    "nist-800-53-r5": ["AU-2", "AU-12", "SI-4"],
    soc2: ["CC7.2"],
    "iso27001-2022": ["A.8.15"],
    "pci-dss-4.0": ["10.2.1"],
  },
  remediation: 'Set loggingConfiguration: { logDestination: <Firehose stream named "aws-waf-logs-…"> }, or migrate to WAFv2.',
  enforcementLevel: "advisory",
  tags: ["logging", "edge"],
  check: (r) => {
    const dest = r.props.loggingConfiguration?.logDestination;
    return typeof dest === "string" && dest !== ""
      ? pass()
      : fail("loggingConfiguration.logDestination", "loggingConfiguration is not set; send logs to a Firehose stream");
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:waf/webAcl:WebAcl",
          props: {
            metricName: "acl",
            defaultAction: { type: "ALLOW" },
            loggingConfiguration: { logDestination: "arn:aws:firehose:us-east-1:1:deliverystream/aws-waf-logs-edge" },
          },
        },
      ],
    ],
    nonCompliant: [[{ type: "aws:waf/webAcl:WebAcl", props: { metricName: "acl", defaultAction: { type: "ALLOW" } } }]],
  },
});
