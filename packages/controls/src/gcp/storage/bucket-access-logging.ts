import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

export const storageBucketAccessLogging = defineControl({
  id: "gcp-storage-bucket-access-logging",
  title: "Cloud Storage buckets write usage logs",
  rationale: "Usage logs record every request to the bucket, including anonymous ones that Data Access audit logs do not capture.",
  severity: "low",
  cloud: "gcp",
  service: "storage",
  resourceTypes: ["gcp:storage/bucket:Bucket"],
  frameworks: {
    "nist-800-53-r5": ["AU-2", "AU-12"],
    soc2: ["CC7.2"],
    "iso27001-2022": ["A.8.15"],
    "pci-dss-4.0": ["10.2.1"],
    hipaa: ["164.312(b)"],
  },
  remediation:
    "Set logging: { logBucket: <log bucket name> } (or rely on Data Access audit logs for storage.googleapis.com and exempt the bucket).",
  enforcementLevel: "advisory",
  tags: ["logging"],
  check: (r) => {
    const target = r.props.logging?.logBucket;
    return typeof target === "string" && target !== ""
      ? pass()
      : fail("logging.logBucket", "usage logging is off; set logging.logBucket to a log bucket");
  },
  examples: {
    compliant: [[{ type: "gcp:storage/bucket:Bucket", props: { location: "EU", logging: { logBucket: "acme-usage-logs" } } }]],
    nonCompliant: [[{ type: "gcp:storage/bucket:Bucket", props: { location: "EU" } }]],
  },
});
