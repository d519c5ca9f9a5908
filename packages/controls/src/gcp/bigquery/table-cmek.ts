import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

const DATASET = "gcp:bigquery/dataset:Dataset";

export const bigqueryTableCmek = defineControl({
  id: "gcp-bigquery-table-cmek",
  title: "BigQuery tables are encrypted with a customer-managed key",
  rationale: "A table without CMEK is encrypted with a Google-managed key the organisation cannot audit or revoke.",
  severity: "medium",
  cloud: "gcp",
  service: "bigquery",
  resourceTypes: ["gcp:bigquery/table:Table"],
  frameworks: {
    "cis-gcp-5.0": ["7.2"],
    "cis-gcp-3.0": ["7.2"],
    "nist-800-53-r5": ["SC-28", "SC-28(1)", "SC-12"],
    soc2: ["CC6.1", "CC6.7"],
    "iso27001-2022": ["A.8.24"],
    "pci-dss-4.0": ["3.5.1"],
    hipaa: ["164.312(a)(2)(iv)"],
  },
  remediation:
    "Set encryptionConfiguration.kmsKeyName on the table, or a defaultEncryptionConfiguration on its dataset (declared in the same stack).",
  enforcementLevel: "mandatory",
  tags: ["encryption", "data"],
  correlatedCheck: (table, stack) => {
    const own = table.props.encryptionConfiguration?.kmsKeyName;
    if (typeof own === "string" && own !== "") return pass();
    // The table inherits its dataset's default key: find the dataset it refers to.
    const deps = table.propertyDependencies.datasetId ?? [];
    let datasets = deps.filter((d) => d.type === DATASET);
    if (datasets.length === 0) {
      const id = table.props.datasetId;
      datasets = stack.ofType([DATASET]).filter((d) => d.props.datasetId === id);
    }
    if (datasets.length === 0) {
      return fail(
        "encryptionConfiguration.kmsKeyName",
        "encryptionConfiguration.kmsKeyName is not set and the dataset is not in this stack; set the table's key",
      );
    }
    const key = datasets[0].props.defaultEncryptionConfiguration?.kmsKeyName;
    if (typeof key === "string" && key !== "") return pass();
    return fail(
      "encryptionConfiguration.kmsKeyName",
      `neither the table nor its dataset ${datasets[0].name} sets a customer-managed key; set encryptionConfiguration.kmsKeyName`,
    );
  },
  examples: {
    compliant: [
      [
        {
          type: "gcp:bigquery/table:Table",
          name: "orders",
          props: { datasetId: "04da6b54-80e4-46f7-96ec-b56ff0331ba9", tableId: "orders" },
          refs: { datasetId: ["sales"] },
        },
        {
          type: DATASET,
          name: "sales",
          props: { datasetId: "sales", defaultEncryptionConfiguration: { kmsKeyName: "projects/s/locations/eu/keyRings/r/cryptoKeys/k" } },
        },
      ],
      [
        {
          type: "gcp:bigquery/table:Table",
          name: "t",
          props: {
            datasetId: "sales",
            tableId: "t",
            encryptionConfiguration: { kmsKeyName: "projects/s/locations/eu/keyRings/r/cryptoKeys/k" },
          },
        },
      ],
    ],
    nonCompliant: [
      [
        { type: "gcp:bigquery/table:Table", name: "orders", props: { datasetId: "sales", tableId: "orders" } },
        { type: DATASET, name: "sales", props: { datasetId: "sales" } },
      ],
    ],
  },
});
