import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { objectsOf } from "../../shared/network";
import { str } from "../../shared/text";

/**
 * The shape seen in a public program is the first non-compliant example: a domain with no log publishing at all.
 */
export const opensearchDomainErrorLogging = defineControl({
  id: "aws-opensearch-domain-error-logging",
  title: "OpenSearch and Elasticsearch domains publish error logs to CloudWatch Logs",
  rationale:
    "Application (error) logs show failed requests, shard failures and misconfigurations; without them an outage or an attack on the domain cannot be diagnosed.",
  severity: "medium",
  cloud: "aws",
  service: "opensearch",
  resourceTypes: ["aws:opensearch/domain:Domain", "aws:elasticsearch/domain:Domain"],
  frameworks: {
    "aws-fsbp": ["OpenSearch.4", "ES.4"],
    "nist-800-53-r5": ["AU-2", "AU-3", "AU-12"],
    soc2: ["CC7.2"],
    "iso27001-2022": ["A.8.15"],
    "pci-dss-4.0": ["10.2.1"],
    hipaa: ["164.312(b)"],
  },
  remediation:
    'Add logPublishingOptions: [{ logType: "ES_APPLICATION_LOGS", cloudwatchLogGroupArn, enabled: true }] and a log-group resource policy for the service.',
  enforcementLevel: "advisory",
  tags: ["logging", "search"],
  check: (r) => {
    const entry = objectsOf(r.props.logPublishingOptions).find((o) => str(o.logType) === "ES_APPLICATION_LOGS");
    if (entry && entry.enabled !== false) return pass();
    return fail(
      "logPublishingOptions",
      entry
        ? "ES_APPLICATION_LOGS publishing is disabled (enabled: false); enable it"
        : "logPublishingOptions has no ES_APPLICATION_LOGS entry; publish error logs to a CloudWatch Logs group",
    );
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:opensearch/domain:Domain",
          props: {
            engineVersion: "OpenSearch_2.13",
            logPublishingOptions: [
              { logType: "ES_APPLICATION_LOGS", cloudwatchLogGroupArn: "arn:aws:logs:eu-west-1:123456789012:log-group:os" },
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
            elasticsearchVersion: "7.10",
            logPublishingOptions: [
              { logType: "ES_APPLICATION_LOGS", cloudwatchLogGroupArn: "arn:aws:logs:eu-west-1:123456789012:log-group:es", enabled: false },
            ],
          },
        },
      ],
    ],
  },
});
