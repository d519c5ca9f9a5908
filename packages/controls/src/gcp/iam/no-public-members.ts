import { defineControl } from "../../model/control";
import { failAll } from "../../model/verdict";
import { GCP_IAM_RESOURCE_TYPES, grantsOf, isPublicMember } from "../../shared/gcp";

export const iamNoPublicMembers = defineControl({
  id: "gcp-iam-no-public-members",
  title: "No IAM binding, member or policy grants allUsers or allAuthenticatedUsers",
  rationale:
    "allUsers is anyone on the internet and allAuthenticatedUsers any Google account; a grant to either publishes the resource (bucket, dataset, key, topic, function, …).",
  severity: "critical",
  cloud: "gcp",
  service: "iam",
  resourceTypes: GCP_IAM_RESOURCE_TYPES,
  frameworks: {
    "cis-gcp-5.0": ["1.10", "5.1", "7.1"],
    "cis-gcp-3.0": ["1.9", "5.1", "7.1"],
    "nist-800-53-r5": ["AC-3", "AC-6", "AC-21"],
    soc2: ["CC6.1", "CC6.6"],
    "iso27001-2022": ["A.5.15", "A.8.3"],
    "pci-dss-4.0": ["7.2.1", "1.4.4"],
    hipaa: ["164.312(a)(1)"],
  },
  remediation: "Remove allUsers and allAuthenticatedUsers from the members; grant named groups or service accounts instead.",
  enforcementLevel: "mandatory",
  tags: ["iam", "public-exposure"],
  check: (r) =>
    failAll(
      grantsOf(r)
        .filter((g) => isPublicMember(g.member))
        .map((g) => ({ property: g.property, message: `grants ${g.role || "a role"} to ${g.member}; remove the public member` })),
    ),
  examples: {
    compliant: [
      [
        {
          type: "gcp:pubsub/topicIAMMember:TopicIAMMember",
          props: { topic: "orders", role: "roles/pubsub.publisher", member: "serviceAccount:app@acme-app.iam.gserviceaccount.com" },
        },
      ],
      [
        {
          type: "gcp:kms/cryptoKeyIAMBinding:CryptoKeyIAMBinding",
          props: { cryptoKeyId: "k", role: "roles/cloudkms.cryptoKeyEncrypterDecrypter", members: ["group:app@acme.example"] },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "gcp:storage/bucketIAMMember:BucketIAMMember",
          props: { bucket: "site", role: "roles/storage.objectViewer", member: "allUsers" },
        },
      ],
      [
        {
          type: "gcp:kms/cryptoKeyIAMBinding:CryptoKeyIAMBinding",
          props: { cryptoKeyId: "k", role: "roles/cloudkms.cryptoKeyDecrypter", members: ["allAuthenticatedUsers"] },
        },
      ],
      [
        {
          type: "gcp:bigquery/datasetIamPolicy:DatasetIamPolicy",
          props: {
            datasetId: "sales",
            policyData: JSON.stringify({ bindings: [{ role: "roles/bigquery.dataViewer", members: ["allUsers"] }] }),
          },
        },
      ],
    ],
  },
});
