import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

export const storageBucketVersioning = defineControl({
  id: "gcp-storage-bucket-versioning",
  title: "Cloud Storage buckets keep object versions",
  rationale: "Versioning keeps overwritten and deleted objects recoverable, against mistakes and against ransomware that overwrites data.",
  severity: "medium",
  cloud: "gcp",
  service: "storage",
  resourceTypes: ["gcp:storage/bucket:Bucket"],
  frameworks: {
    "nist-800-53-r5": ["CP-9", "CP-10", "SI-12"],
    soc2: ["A1.2", "CC7.5"],
    "iso27001-2022": ["A.8.13"],
    "pci-dss-4.0": ["10.5.1"],
    hipaa: ["164.308(a)(7)(ii)(A)", "164.312(c)(1)"],
  },
  remediation: "Set versioning: { enabled: true } (with lifecycle rules to expire old versions).",
  enforcementLevel: "advisory",
  tags: ["data-protection"],
  check: (r) =>
    r.props.versioning?.enabled === true
      ? pass()
      : fail("versioning.enabled", `versioning.enabled is ${JSON.stringify(r.props.versioning?.enabled ?? false)}; set it to true`),
  remediate: (r) => (r.props.versioning?.enabled === true ? undefined : { ...r.props, versioning: { enabled: true } }),
  examples: {
    compliant: [[{ type: "gcp:storage/bucket:Bucket", props: { location: "EU", versioning: { enabled: true } } }]],
    nonCompliant: [[{ type: "gcp:storage/bucket:Bucket", props: { location: "EU" } }]],
  },
});
