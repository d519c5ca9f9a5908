import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

export const bigqueryDatasetCmek = defineControl({
  id: "gcp-bigquery-dataset-cmek",
  title: "BigQuery datasets have a default customer-managed encryption key",
  rationale: "A default CMEK makes every new table encrypted with a key whose use the organisation controls, audits and can revoke.",
  severity: "medium",
  cloud: "gcp",
  service: "bigquery",
  resourceTypes: ["gcp:bigquery/dataset:Dataset"],
  frameworks: {
    "cis-gcp-5.0": ["7.3"],
    "cis-gcp-3.0": ["7.3"],
    "nist-800-53-r5": ["SC-28", "SC-28(1)", "SC-12"],
    soc2: ["CC6.1", "CC6.7"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["3.5.1"],
    hipaa: ["164.312(a)(2)(iv)"],
  },
  remediation:
    "Set defaultEncryptionConfiguration { kmsKeyName: <Cloud KMS key id> } and grant the BigQuery service agent encrypt/decrypt on the key.",
  enforcementLevel: "mandatory",
  tags: ["encryption", "data"],
  check: (r) => {
    const key = r.props.defaultEncryptionConfiguration?.kmsKeyName;
    return typeof key === "string" && key !== ""
      ? pass()
      : fail("defaultEncryptionConfiguration.kmsKeyName", "no default customer-managed key; set defaultEncryptionConfiguration.kmsKeyName");
  },
  preventive: [
    {
      kind: "gcp-org-policy",
      constraint: "gcp.restrictNonCmekServices",
      constraintType: "list",
      list: { deniedValues: ["bigquery.googleapis.com"] },
    },
  ],
  examples: {
    compliant: [
      [
        {
          type: "gcp:bigquery/dataset:Dataset",
          props: {
            datasetId: "sales",
            location: "EU",
            defaultEncryptionConfiguration: { kmsKeyName: "projects/s/locations/eu/keyRings/r/cryptoKeys/k" },
          },
        },
      ],
    ],
    nonCompliant: [[{ type: "gcp:bigquery/dataset:Dataset", props: { datasetId: "sales", location: "EU" } }]],
  },
});
