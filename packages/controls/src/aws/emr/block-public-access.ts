import { defineControl } from "../../model/control";
import { failAll, type Violation } from "../../model/verdict";
import { objectsOf } from "../../shared/network";
import { num } from "../../shared/text";

/**
 * The account/Region setting that stops clusters starting with security groups open to the internet.
 * Exceptions (permittedPublicSecurityGroupRuleRanges) other than SSH on 22 reopen it for those ports.
 */
export const emrBlockPublicAccess = defineControl({
  id: "aws-emr-block-public-access",
  title: "EMR block public access is on, with no exceptions beyond SSH",
  rationale:
    "EMR primary nodes run web UIs and services (YARN, Spark, Hadoop) that allow code execution; a security group rule open to 0.0.0.0/0 puts them on the internet.",
  severity: "high",
  cloud: "aws",
  service: "emr",
  resourceTypes: ["aws:emr/blockPublicAccessConfiguration:BlockPublicAccessConfiguration"],
  frameworks: {
    "aws-fsbp": ["EMR.2"],
    "nist-800-53-r5": ["AC-3", "AC-4", "SC-7"],
    soc2: ["CC6.6"],
    "iso27001-2022": ["A.8.20", "A.8.22"],
    "pci-dss-4.0": ["1.3.1", "1.4.1"],
  },
  remediation:
    "Set blockPublicSecurityGroupRules: true and leave permittedPublicSecurityGroupRuleRanges at most [{ minRange: 22, maxRange: 22 }].",
  enforcementLevel: "mandatory",
  tags: ["network", "public-exposure"],
  check: (r) => {
    const violations: Violation[] = [];
    if (r.props.blockPublicSecurityGroupRules !== true) {
      violations.push({ property: "blockPublicSecurityGroupRules", message: "blockPublicSecurityGroupRules is not true; set it to true" });
    }
    objectsOf(r.props.permittedPublicSecurityGroupRuleRanges).forEach((range, i) => {
      const min = num(range.minRange);
      const max = num(range.maxRange ?? range.minRange);
      if (!(min === 22 && max === 22)) {
        violations.push({
          property: `permittedPublicSecurityGroupRuleRanges[${i}]`,
          message: `permittedPublicSecurityGroupRuleRanges[${i}] allows public rules on ports ${min}-${max}; allow at most port 22`,
        });
      }
    });
    return failAll(violations);
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:emr/blockPublicAccessConfiguration:BlockPublicAccessConfiguration",
          props: { blockPublicSecurityGroupRules: true, permittedPublicSecurityGroupRuleRanges: [{ minRange: 22, maxRange: 22 }] },
        },
      ],
    ],
    nonCompliant: [
      [{ type: "aws:emr/blockPublicAccessConfiguration:BlockPublicAccessConfiguration", props: { blockPublicSecurityGroupRules: false } }],
      [
        {
          type: "aws:emr/blockPublicAccessConfiguration:BlockPublicAccessConfiguration",
          props: { blockPublicSecurityGroupRules: true, permittedPublicSecurityGroupRuleRanges: [{ minRange: 8080, maxRange: 8090 }] },
        },
      ],
    ],
  },
});
