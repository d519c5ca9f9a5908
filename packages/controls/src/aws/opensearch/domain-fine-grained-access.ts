import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

export const opensearchDomainFineGrainedAccess = defineControl({
  id: "aws-opensearch-domain-fine-grained-access",
  title: "OpenSearch domains have fine-grained access control enabled",
  rationale:
    "Without fine-grained access control, anyone the domain's resource policy lets in can read and write every index; fine-grained access adds index-, document- and field-level permissions and audit logging.",
  severity: "high",
  cloud: "aws",
  service: "opensearch",
  resourceTypes: ["aws:opensearch/domain:Domain", "aws:elasticsearch/domain:Domain"],
  frameworks: {
    "aws-fsbp": ["OpenSearch.7"],
    "nist-800-53-r5": ["AC-3", "AC-6", "AC-2"],
    soc2: ["CC6.1", "CC6.3"],
    "iso27001-2022": ["A.5.15", "A.8.3"],
    "pci-dss-4.0": ["7.2.1"],
  },
  remediation:
    "Set advancedSecurityOptions: { enabled: true, ... } with IAM or internal-database master users (requires HTTPS, node-to-node and at-rest encryption).",
  enforcementLevel: "advisory",
  tags: ["identity", "search"],
  check: (r) =>
    r.props.advancedSecurityOptions?.enabled === true
      ? pass()
      : fail(
          "advancedSecurityOptions.enabled",
          `advancedSecurityOptions.enabled is ${r.props.advancedSecurityOptions?.enabled === undefined || r.props.advancedSecurityOptions?.enabled === null ? "not set (default false)" : JSON.stringify(r.props.advancedSecurityOptions?.enabled)}; set advancedSecurityOptions.enabled to true`,
        ),
  examples: {
    compliant: [
      [
        {
          type: "aws:opensearch/domain:Domain",
          props: {
            advancedSecurityOptions: {
              enabled: true,
              internalUserDatabaseEnabled: false,
              masterUserOptions: { masterUserArn: "arn:aws:iam::123456789012:role/search-admin" },
            },
          },
        },
      ],
    ],
    nonCompliant: [
      [{ type: "aws:opensearch/domain:Domain", props: { engineVersion: "OpenSearch_2.13" } }],
      [{ type: "aws:elasticsearch/domain:Domain", props: { advancedSecurityOptions: { enabled: false } } }],
    ],
  },
});
