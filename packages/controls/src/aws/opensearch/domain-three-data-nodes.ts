import { defineControl } from "../../model/control";
import { failAll, type Violation } from "../../model/verdict";
import { num } from "../../shared/text";

export const opensearchDomainThreeDataNodes = defineControl({
  id: "aws-opensearch-domain-three-data-nodes",
  title: "OpenSearch and Elasticsearch domains have at least three data nodes across zones",
  rationale:
    "With fewer than three data nodes, or all in one Availability Zone, losing a node or a zone loses shards and makes the cluster red.",
  severity: "medium",
  cloud: "aws",
  service: "opensearch",
  resourceTypes: ["aws:opensearch/domain:Domain", "aws:elasticsearch/domain:Domain"],
  frameworks: {
    "aws-fsbp": ["OpenSearch.6", "ES.6"],
    "nist-800-53-r5": ["CP-10", "SC-5", "SC-36"],
    soc2: ["A1.2"],
    "iso27001-2022": ["A.8.14"],
  },
  remediation:
    "Set clusterConfig.instanceCount to 3 or more and clusterConfig.zoneAwarenessEnabled: true (with zoneAwarenessConfig.availabilityZoneCount 2 or 3).",
  enforcementLevel: "advisory",
  tags: ["resilience", "search"],
  check: (r) => {
    const config = r.props.clusterConfig;
    const count = config?.instanceCount;
    const violations: Violation[] = [];
    if (count === undefined || count === null || num(count) < 3) {
      violations.push({
        property: "clusterConfig.instanceCount",
        message: `clusterConfig.instanceCount is ${count === undefined || count === null ? "not set (default 1)" : JSON.stringify(count)}; use at least 3 data nodes`,
      });
    }
    if (config?.zoneAwarenessEnabled !== true) {
      violations.push({
        property: "clusterConfig.zoneAwarenessEnabled",
        message: "clusterConfig.zoneAwarenessEnabled is not true; spread the data nodes over Availability Zones",
      });
    }
    return failAll(violations);
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:opensearch/domain:Domain",
          props: {
            clusterConfig: {
              instanceType: "r6g.large.search",
              instanceCount: 3,
              zoneAwarenessEnabled: true,
              zoneAwarenessConfig: { availabilityZoneCount: 3 },
            },
          },
        },
      ],
    ],
    nonCompliant: [
      [{ type: "aws:opensearch/domain:Domain", props: { clusterConfig: { instanceType: "t3.small.search" } } }],
      [{ type: "aws:elasticsearch/domain:Domain", props: { clusterConfig: { instanceCount: 3, zoneAwarenessEnabled: false } } }],
    ],
  },
});
