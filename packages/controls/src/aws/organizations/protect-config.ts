import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { exceptAutomation } from "./org-policies";

export const protectConfig = defineControl({
  id: "aws-organizations-protect-config",
  title: "AWS Config is aggregated across the organisation, and workloads cannot stop or reconfigure recorders",
  rationale:
    "AWS Config is the configuration history compliance reports and investigations rely on; an organisation aggregator shows every account and region in one place, and a recorder stopped or emptied by a workload hides every change made while it is off.",
  severity: "high",
  cloud: "aws",
  service: "organizations",
  resourceTypes: ["aws:cfg/configurationAggregator:ConfigurationAggregator"],
  frameworks: {
    "cis-aws-7.0": ["4.3"],
    "cis-aws-3.0": ["3.3"],
    "aws-fsbp": ["Config.1"],
    "nist-800-53-r5": ["CM-2", "CM-6", "CA-7", "AU-12"],
    soc2: ["CC7.1", "CC8.1"],
    "iso27001-2022": ["A.8.9", "A.8.16"],
    "pci-dss-4.0": ["10.2.1", "11.5.2"],
    hipaa: ["164.312(b)"],
  },
  remediation:
    "Aggregate with organizationAggregationSource (allRegions: true) in the delegated administrator account; the landing zone's SCP lets only its automation role change recorders and delivery channels.",
  enforcementLevel: "mandatory",
  tags: ["logging", "guardrail", "configuration"],
  check: (r) => {
    const source = r.props.organizationAggregationSource;
    if (!source) {
      return fail(
        "organizationAggregationSource",
        "the aggregator lists accounts instead of aggregating the organisation; use organizationAggregationSource",
      );
    }
    const regions = Array.isArray(source.regions) ? source.regions : [];
    return source.allRegions === true || regions.length > 0
      ? pass()
      : fail("organizationAggregationSource.allRegions", "the aggregator covers no region; set allRegions: true");
  },
  preventive: [
    {
      kind: "aws-scp",
      statements: (params) => [
        {
          Sid: "ProtectConfig",
          Effect: "Deny",
          Action: [
            "config:StopConfigurationRecorder",
            "config:DeleteConfigurationRecorder",
            "config:PutConfigurationRecorder",
            "config:DeleteDeliveryChannel",
            "config:PutDeliveryChannel",
            "config:DeleteRetentionConfiguration",
            "config:PutRetentionConfiguration",
            "config:DeleteConfigurationAggregator",
            "config:DeleteAggregationAuthorization",
          ],
          Resource: "*",
          Condition: exceptAutomation(params),
        },
      ],
    },
  ],
  examples: {
    compliant: [
      [
        {
          type: "aws:cfg/configurationAggregator:ConfigurationAggregator",
          props: {
            name: "organization",
            organizationAggregationSource: { allRegions: true, roleArn: "arn:aws:iam::123456789012:role/aggregator" },
          },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "aws:cfg/configurationAggregator:ConfigurationAggregator",
          props: { name: "some-accounts", accountAggregationSource: { accountIds: ["123456789012"], allRegions: true } },
        },
      ],
      [
        {
          type: "aws:cfg/configurationAggregator:ConfigurationAggregator",
          props: { name: "nowhere", organizationAggregationSource: { roleArn: "arn:aws:iam::123456789012:role/aggregator" } },
        },
      ],
    ],
  },
});
