import { defineControl } from "../../model/control";
import { failAll, type Violation } from "../../model/verdict";
import { listOf, objectsOf } from "../../shared/network";

// biome-ignore lint/suspicious/noExplicitAny: provider-shaped JSON
type Props = Record<string, any>;

const S3_OBJECT = "AWS::S3::Object";

/** Which S3 object-level event directions a trail records: { write, read }. */
function s3DataEvents(props: Props): { write: boolean; read: boolean } {
  const out = { write: false, read: false };
  for (const sel of objectsOf(props.eventSelectors)) {
    if (!objectsOf(sel.dataResources).some((d) => d.type === S3_OBJECT && listOf(d.values).length > 0)) continue;
    const rw = sel.readWriteType ?? "All";
    if (rw === "All" || rw === "WriteOnly") out.write = true;
    if (rw === "All" || rw === "ReadOnly") out.read = true;
  }
  for (const sel of objectsOf(props.advancedEventSelectors)) {
    const fields = objectsOf(sel.fieldSelectors);
    const eq = (field: string, value: string) => fields.some((f) => f.field === field && listOf<unknown>(f.equals).includes(value));
    if (!eq("eventCategory", "Data") || !eq("resources.type", S3_OBJECT)) continue;
    const readOnly = fields.find((f) => f.field === "readOnly");
    const values = listOf<unknown>(readOnly?.equals);
    if (!readOnly || values.includes("false")) out.write = true;
    if (!readOnly || values.includes("true")) out.read = true;
  }
  return out;
}

/** CIS object-level logging for S3 (write and read events) through a trail's data event selectors. */
export const cloudtrailS3DataEvents = defineControl({
  id: "aws-cloudtrail-trail-s3-data-events",
  title: "CloudTrail records S3 object-level read and write events",
  rationale:
    "Management events do not show who read, wrote or deleted which object; without data events an S3 exfiltration or tampering cannot be traced to a principal.",
  severity: "low",
  cloud: "aws",
  service: "cloudtrail",
  resourceTypes: ["aws:cloudtrail/trail:Trail"],
  frameworks: {
    "cis-aws-7.0": ["4.8", "4.9"],
    "cis-aws-3.0": ["3.8", "3.9"],
    "nist-800-53-r5": ["AU-2", "AU-12", "AU-3(1)"],
    soc2: ["CC7.2"],
    "iso27001-2022": ["A.8.15"],
    "pci-dss-4.0": ["10.2.1", "10.2.1.1"],
    hipaa: ["164.312(b)"],
  },
  remediation:
    'Add an event selector { readWriteType: "All", dataResources: [{ type: "AWS::S3::Object", values: ["arn:aws:s3"] }] } (or advanced selectors with eventCategory "Data" and resources.type "AWS::S3::Object"); exempt trails that are not meant to carry data events.',
  enforcementLevel: "advisory",
  tags: ["logging", "data-protection"],
  check: (r) => {
    const seen = s3DataEvents(r.props);
    const violations: Violation[] = [];
    if (!seen.write)
      violations.push({
        property: "eventSelectors",
        message: "the trail records no S3 object-level write events; add an AWS::S3::Object data selector covering writes",
      });
    if (!seen.read)
      violations.push({
        property: "eventSelectors",
        message: "the trail records no S3 object-level read events; add an AWS::S3::Object data selector covering reads",
      });
    return failAll(violations);
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:cloudtrail/trail:Trail",
          props: {
            s3BucketName: "trail-logs",
            eventSelectors: [
              { readWriteType: "All", includeManagementEvents: true, dataResources: [{ type: "AWS::S3::Object", values: ["arn:aws:s3"] }] },
            ],
          },
        },
      ],
      [
        {
          type: "aws:cloudtrail/trail:Trail",
          props: {
            s3BucketName: "trail-logs",
            advancedEventSelectors: [
              { name: "mgmt", fieldSelectors: [{ field: "eventCategory", equals: ["Management"] }] },
              {
                name: "s3",
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
    nonCompliant: [
      [{ type: "aws:cloudtrail/trail:Trail", props: { s3BucketName: "trail-logs", isMultiRegionTrail: true } }],
      [
        {
          type: "aws:cloudtrail/trail:Trail",
          props: {
            s3BucketName: "trail-logs",
            eventSelectors: [{ readWriteType: "WriteOnly", dataResources: [{ type: "AWS::S3::Object", values: ["arn:aws:s3:::data/"] }] }],
          },
        },
      ],
    ],
  },
});
