import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { num } from "../../shared/text";

export const opensearchDomainDedicatedMasters = defineControl({
  id: "aws-opensearch-domain-dedicated-masters",
  title: "OpenSearch and Elasticsearch domains use three dedicated master nodes",
  rationale:
    "Dedicated master nodes keep cluster management off busy data nodes; three of them keep a quorum when one fails, where one or two can leave the cluster without a master.",
  severity: "low",
  cloud: "aws",
  service: "opensearch",
  resourceTypes: ["aws:opensearch/domain:Domain", "aws:elasticsearch/domain:Domain"],
  frameworks: {
    "aws-fsbp": ["ES.7"],
    "nist-800-53-r5": ["CP-10", "SC-5"],
    soc2: ["A1.2"],
    "iso27001-2022": ["A.8.14"],
  },
  remediation: "Set clusterConfig.dedicatedMasterEnabled: true and clusterConfig.dedicatedMasterCount: 3 (with dedicatedMasterType).",
  enforcementLevel: "advisory",
  tags: ["resilience", "search"],
  check: (r) => {
    const config = r.props.clusterConfig;
    if (config?.dedicatedMasterEnabled !== true) {
      return fail(
        "clusterConfig.dedicatedMasterEnabled",
        "clusterConfig.dedicatedMasterEnabled is not true; add three dedicated master nodes",
      );
    }
    const count = config.dedicatedMasterCount;
    if (num(count) >= 3) return pass();
    return fail("clusterConfig.dedicatedMasterCount", `clusterConfig.dedicatedMasterCount is ${JSON.stringify(count ?? null)}; use 3`);
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:opensearch/domain:Domain",
          props: {
            clusterConfig: {
              instanceCount: 3,
              dedicatedMasterEnabled: true,
              dedicatedMasterCount: 3,
              dedicatedMasterType: "m6g.large.search",
            },
          },
        },
      ],
    ],
    nonCompliant: [
      [{ type: "aws:opensearch/domain:Domain", props: { clusterConfig: { instanceCount: 3 } } }],
      [{ type: "aws:elasticsearch/domain:Domain", props: { clusterConfig: { dedicatedMasterEnabled: true, dedicatedMasterCount: 2 } } }],
    ],
  },
});
