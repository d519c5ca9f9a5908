import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { objectsOf } from "../../shared/network";
import { str } from "../../shared/text";

export const opensearchDomainAuditLogging = defineControl({
  id: "aws-opensearch-domain-audit-logging",
  title: "OpenSearch and Elasticsearch domains publish audit logs",
  rationale:
    "Audit logs record who authenticated and which indices they read or changed; without them data access on the domain cannot be traced.",
  severity: "medium",
  cloud: "aws",
  service: "opensearch",
  resourceTypes: ["aws:opensearch/domain:Domain", "aws:elasticsearch/domain:Domain"],
  frameworks: {
    "aws-fsbp": ["OpenSearch.5", "ES.5"],
    "nist-800-53-r5": ["AU-2", "AU-3", "AU-12"],
    soc2: ["CC7.2"],
    "iso27001-2022": ["A.8.15"],
    "pci-dss-4.0": ["10.2.1"],
    hipaa: ["164.312(b)"],
  },
  remediation:
    'Enable fine-grained access control and add logPublishingOptions: [{ logType: "AUDIT_LOGS", cloudwatchLogGroupArn, enabled: true }].',
  enforcementLevel: "advisory",
  tags: ["logging", "search"],
  check: (r) => {
    const entry = objectsOf(r.props.logPublishingOptions).find((o) => str(o.logType) === "AUDIT_LOGS");
    if (entry && entry.enabled !== false) return pass();
    return fail(
      "logPublishingOptions",
      entry
        ? "AUDIT_LOGS publishing is disabled (enabled: false); enable it"
        : "logPublishingOptions has no AUDIT_LOGS entry; publish audit logs to a CloudWatch Logs group",
    );
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:opensearch/domain:Domain",
          props: {
            advancedSecurityOptions: { enabled: true },
            logPublishingOptions: [
              { logType: "ES_APPLICATION_LOGS", cloudwatchLogGroupArn: "arn:aws:logs:eu-west-1:123456789012:log-group:a" },
              { logType: "AUDIT_LOGS", cloudwatchLogGroupArn: "arn:aws:logs:eu-west-1:123456789012:log-group:b" },
            ],
          },
        },
      ],
    ],
    nonCompliant: [
      [{ type: "aws:opensearch/domain:Domain", props: { engineVersion: "OpenSearch_2.13" } }],
      [
        {
          type: "aws:elasticsearch/domain:Domain",
          props: {
            logPublishingOptions: [
              { logType: "INDEX_SLOW_LOGS", cloudwatchLogGroupArn: "arn:aws:logs:eu-west-1:123456789012:log-group:s" },
            ],
          },
        },
      ],
    ],
  },
});
