import { defineControl } from "../../model/control";
import { PUBLIC_EXPOSURE, publicIamControl } from "../../shared/gcp-setting";

export const bigqueryTableNotPublic = defineControl(
  publicIamControl({
    id: "gcp-bigquery-table-not-public",
    service: "bigquery",
    noun: "BigQuery tables",
    rationale: "A public grant on a table publishes its rows to anyone, bypassing the dataset's access controls.",
    severity: "high",
    iamTypes: ["gcp:bigquery/iamMember:IamMember", "gcp:bigquery/iamBinding:IamBinding", "gcp:bigquery/iamPolicy:IamPolicy"],
    target: { datasetId: "sales", tableId: "orders" },
    role: "roles/bigquery.dataViewer",
    frameworks: PUBLIC_EXPOSURE,
  }),
);
