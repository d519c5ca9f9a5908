import { defineControl } from "../../model/control";
import { failAll, type Violation } from "../../model/verdict";
import { objectsOf } from "../../shared/network";

/**
 * CIS "CloudTrail is enabled in all regions": a multi-region trail that is logging and records all
 * management events (read and write). Basic event selectors must keep includeManagementEvents and
 * readWriteType "All"; advanced selectors must include a Management category selector.
 */
export const cloudtrailMultiRegion = defineControl({
  id: "aws-cloudtrail-trail-multi-region",
  title: "CloudTrail trails log management events in all regions",
  rationale:
    "Attackers operate in regions nobody watches; a single-region trail, a stopped trail or one that skips management or read events leaves their API calls unrecorded.",
  severity: "high",
  cloud: "aws",
  service: "cloudtrail",
  resourceTypes: ["aws:cloudtrail/trail:Trail"],
  frameworks: {
    "cis-aws-7.0": ["4.1"],
    "cis-aws-3.0": ["3.1"],
    "aws-fsbp": ["CloudTrail.1", "CloudTrail.3"],
    "nist-800-53-r5": ["AU-2", "AU-3", "AU-12", "AU-12(1)", "SI-4"],
    soc2: ["CC7.2", "CC7.3"],
    "iso27001-2022": ["A.8.15", "A.8.16"],
    "pci-dss-4.0": ["10.2.1", "10.2.2"],
    hipaa: ["164.312(b)"],
  },
  remediation:
    'Set isMultiRegionTrail: true and enableLogging: true, and keep management events with readWriteType "All" (or, with advanced selectors, a selector on eventCategory "Management").',
  enforcementLevel: "mandatory",
  tags: ["logging", "detection"],
  check: (r) => {
    const violations: Violation[] = [];
    if (r.props.isMultiRegionTrail !== true) {
      violations.push({
        property: "isMultiRegionTrail",
        message: `isMultiRegionTrail is ${JSON.stringify(r.props.isMultiRegionTrail ?? false)}; set it to true`,
      });
    }
    if (r.props.enableLogging === false) violations.push({ property: "enableLogging", message: "enableLogging is false; set it to true" });
    const advanced = objectsOf(r.props.advancedEventSelectors);
    if (advanced.length > 0) {
      const management = advanced.some((sel) =>
        objectsOf(sel.fieldSelectors).some(
          (f) => f.field === "eventCategory" && Array.isArray(f.equals) && f.equals.includes("Management"),
        ),
      );
      if (!management) {
        violations.push({
          property: "advancedEventSelectors",
          message: 'no advanced event selector records eventCategory "Management"; add one',
        });
      }
    } else {
      const basic = objectsOf(r.props.eventSelectors);
      if (basic.length > 0) {
        const full = basic.some(
          (sel) => sel.includeManagementEvents !== false && (sel.readWriteType === undefined || sel.readWriteType === "All"),
        );
        if (!full) {
          violations.push({
            property: "eventSelectors",
            message: 'no event selector records all management events; set includeManagementEvents: true and readWriteType: "All"',
          });
        }
      }
    }
    return failAll(violations);
  },
  remediate: (r) => (r.props.isMultiRegionTrail === true ? undefined : { ...r.props, isMultiRegionTrail: true }),
  examples: {
    compliant: [
      [
        {
          type: "aws:cloudtrail/trail:Trail",
          props: { s3BucketName: "trail-logs", isMultiRegionTrail: true, enableLogFileValidation: true },
        },
      ],
      [
        {
          type: "aws:cloudtrail/trail:Trail",
          props: {
            s3BucketName: "trail-logs",
            isMultiRegionTrail: true,
            eventSelectors: [{ readWriteType: "All", includeManagementEvents: true }],
          },
        },
      ],
    ],
    nonCompliant: [
      [{ type: "aws:cloudtrail/trail:Trail", props: { s3BucketName: "trail-logs" } }],
      [
        {
          type: "aws:cloudtrail/trail:Trail",
          props: {
            s3BucketName: "trail-logs",
            isMultiRegionTrail: true,
            eventSelectors: [{ readWriteType: "WriteOnly", includeManagementEvents: true }],
          },
        },
      ],
      [
        {
          type: "aws:cloudtrail/trail:Trail",
          props: {
            s3BucketName: "trail-logs",
            isMultiRegionTrail: true,
            advancedEventSelectors: [
              {
                fieldSelectors: [
                  { field: "eventCategory", equals: ["Data"] },
                  { field: "resources.type", equals: ["AWS::S3::Object"] },
                ],
              },
            ],
          },
        },
      ],
    ],
  },
});
