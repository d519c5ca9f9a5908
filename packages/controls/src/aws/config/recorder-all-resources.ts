import { defineControl } from "../../model/control";
import { failAll, type Violation } from "../../model/verdict";
import { listOf, objectsOf } from "../../shared/network";

/**
 * CIS "AWS Config is enabled in all regions" asks each region's recorder to record all supported resource
 * types, including global ones (IAM). Accounts that record global types in one region only can set
 * requireGlobalResourceTypes to false for the other regions' stacks.
 */
export const configRecorderAllResources = defineControl({
  id: "aws-config-recorder-all-resources",
  title: "AWS Config recorders record all resource types",
  rationale:
    "Resource types a recorder skips have no configuration history, so a change to them cannot be investigated or evaluated by Config rules.",
  severity: "medium",
  cloud: "aws",
  service: "config",
  resourceTypes: ["aws:cfg/recorder:Recorder"],
  frameworks: {
    "cis-aws-7.0": ["4.3"],
    "cis-aws-3.0": ["3.3"],
    "aws-fsbp": ["Config.1"],
    "nist-800-53-r5": ["CM-8(a)", "CM-2", "CA-7", "AU-12"],
    soc2: ["CC7.1", "CC8.1"],
    "iso27001-2022": ["A.5.9", "A.8.9"],
    "pci-dss-4.0": ["10.2.1", "11.5.2"],
    hipaa: ["164.308(a)(1)(ii)(D)"],
  },
  remediation:
    'Set recordingGroup: { allSupported: true, includeGlobalResourceTypes: true } with no exclusions (recordingStrategies useOnly "ALL_SUPPORTED_RESOURCE_TYPES").',
  enforcementLevel: "mandatory",
  tags: ["logging", "inventory"],
  configSchema: {
    requireGlobalResourceTypes: {
      type: "boolean",
      default: true,
      description: "Require includeGlobalResourceTypes (turn off for regions other than the one recording IAM).",
    },
  },
  check: (r, ctx) => {
    const group = r.props.recordingGroup;
    const violations: Violation[] = [];
    if (group?.allSupported === false) {
      violations.push({ property: "recordingGroup.allSupported", message: "recordingGroup.allSupported is false; set it to true" });
    }
    const excluded = objectsOf(group?.exclusionByResourceTypes).flatMap((e) => listOf<unknown>(e.resourceTypes));
    if (excluded.length > 0) {
      violations.push({
        property: "recordingGroup.exclusionByResourceTypes",
        message: `the recorder excludes ${JSON.stringify(excluded)}; remove the exclusions`,
      });
    }
    for (const s of objectsOf(group?.recordingStrategies)) {
      if (s.useOnly !== undefined && s.useOnly !== "ALL_SUPPORTED_RESOURCE_TYPES") {
        violations.push({
          property: "recordingGroup.recordingStrategies",
          message: `recording strategy ${JSON.stringify(s.useOnly)}; use "ALL_SUPPORTED_RESOURCE_TYPES"`,
        });
      }
    }
    if (ctx.settings.requireGlobalResourceTypes !== false && group?.includeGlobalResourceTypes !== true) {
      violations.push({
        property: "recordingGroup.includeGlobalResourceTypes",
        message: `recordingGroup.includeGlobalResourceTypes is ${JSON.stringify(group?.includeGlobalResourceTypes ?? false)}; set it to true (or record IAM in another region and set requireGlobalResourceTypes: false)`,
      });
    }
    return failAll(violations);
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:cfg/recorder:Recorder",
          props: {
            roleArn: "arn:aws:iam::111122223333:role/config",
            recordingGroup: { allSupported: true, includeGlobalResourceTypes: true },
          },
        },
      ],
    ],
    nonCompliant: [
      [{ type: "aws:cfg/recorder:Recorder", props: { roleArn: "arn:aws:iam::111122223333:role/config" } }],
      [
        {
          type: "aws:cfg/recorder:Recorder",
          props: {
            roleArn: "r",
            recordingGroup: {
              allSupported: false,
              includeGlobalResourceTypes: true,
              exclusionByResourceTypes: [{ resourceTypes: ["AWS::EC2::Instance"] }],
              recordingStrategies: [{ useOnly: "EXCLUSION_BY_RESOURCE_TYPES" }],
            },
          },
        },
      ],
    ],
  },
});
