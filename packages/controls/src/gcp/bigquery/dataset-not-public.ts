import { defineControl } from "../../model/control";
import { failAll, type Violation } from "../../model/verdict";
import { isPublicMember } from "../../shared/gcp";
import { objectsOf } from "../../shared/network";

const DATASET = "gcp:bigquery/dataset:Dataset";
const DATASET_ACCESS = "gcp:bigquery/datasetAccess:DatasetAccess";

/** A dataset access entry grants the public when its special group or IAM member is allUsers/allAuthenticatedUsers. */
function publicGrantee(entry: Record<string, unknown>): string | undefined {
  const special = entry.specialGroup;
  if (typeof special === "string" && special === "allAuthenticatedUsers") return special;
  const member = entry.iamMember;
  if (typeof member === "string" && isPublicMember(member)) return member;
  return undefined;
}

export const bigqueryDatasetNotPublic = defineControl({
  id: "gcp-bigquery-dataset-not-public",
  title: "BigQuery datasets are not shared with allUsers or allAuthenticatedUsers",
  rationale:
    "A public dataset exposes every table in it to anyone on the internet (allUsers) or with a Google account (allAuthenticatedUsers).",
  severity: "critical",
  cloud: "gcp",
  service: "bigquery",
  resourceTypes: [DATASET, DATASET_ACCESS],
  frameworks: {
    "cis-gcp-5.0": ["7.1"],
    "cis-gcp-3.0": ["7.1"],
    "nist-800-53-r5": ["AC-3", "AC-6", "AC-21"],
    soc2: ["CC6.1", "CC6.6"],
    "iso27001-2022": ["A.5.15", "A.8.3"],
    "pci-dss-4.0": ["7.2.1"],
    hipaa: ["164.312(a)(1)"],
  },
  remediation: "Remove access entries whose specialGroup is allAuthenticatedUsers or whose iamMember is allUsers/allAuthenticatedUsers.",
  enforcementLevel: "mandatory",
  tags: ["public-exposure", "data"],
  check: (r) => {
    const violations: Violation[] = [];
    if (r.type === DATASET_ACCESS) {
      const who = publicGrantee(r.props);
      if (who)
        violations.push({
          property: r.props.specialGroup === who ? "specialGroup" : "iamMember",
          message: `grants ${r.props.role ?? "access"} to ${who}; remove it`,
        });
      return failAll(violations);
    }
    objectsOf(r.props.accesses).forEach((a, i) => {
      const who = publicGrantee(a);
      if (who) violations.push({ property: `accesses[${i}]`, message: `grants ${a.role ?? "access"} to ${who}; remove the entry` });
    });
    return failAll(violations);
  },
  response: [
    {
      runbook: "gcp-remove-public-dataset-access",
      trigger: "SCC PUBLIC_DATASET; audit log google.iam.v1.IAMPolicy.SetIamPolicy / datasetservice.update on a dataset",
      action: "bigquery.datasets.patch access without the public entries (If-Match etag)",
      kind: "remediate",
    },
  ],
  examples: {
    compliant: [
      [
        {
          type: DATASET,
          props: { datasetId: "sales", location: "EU", accesses: [{ role: "READER", groupByEmail: "analysts@acme.example" }] },
        },
      ],
      [{ type: DATASET_ACCESS, props: { datasetId: "sales", role: "READER", userByEmail: "ana@acme.example" } }],
    ],
    nonCompliant: [
      [
        {
          type: DATASET,
          props: { datasetId: "sales", location: "EU", accesses: [{ role: "READER", specialGroup: "allAuthenticatedUsers" }] },
        },
      ],
      [{ type: DATASET_ACCESS, props: { datasetId: "sales", role: "roles/bigquery.dataViewer", iamMember: "allUsers" } }],
    ],
  },
});
