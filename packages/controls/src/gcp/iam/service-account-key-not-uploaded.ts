import { defineControl } from "../../model/control";
import { fail, notApplicable } from "../../model/verdict";

export const iamServiceAccountKeyNotUploaded = defineControl({
  id: "gcp-iam-service-account-key-not-uploaded",
  title: "No external keys are uploaded to service accounts",
  rationale:
    "An uploaded public key makes a private key held outside Google a credential of the service account; its rotation and custody escape Cloud IAM entirely.",
  severity: "high",
  cloud: "gcp",
  service: "iam",
  resourceTypes: ["gcp:serviceaccount/key:Key"],
  frameworks: {
    "cis-gcp-5.0": ["1.5"],
    "cis-gcp-3.0": ["1.4"],
    "nist-800-53-r5": ["IA-5", "AC-2", "SC-12"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.5.17", "A.8.5"],
    "pci-dss-4.0": ["8.3.2", "8.6.3"],
    hipaa: ["164.312(d)"],
  },
  remediation: "Remove publicKeyData (and the Key resource); use Workload Identity Federation for workloads outside Google Cloud.",
  enforcementLevel: "mandatory",
  tags: ["iam", "credentials"],
  check: (r) => {
    const uploaded = r.props.publicKeyData;
    if (uploaded === undefined || uploaded === null || uploaded === "") return notApplicable("the key is created by Google, not uploaded");
    return fail("publicKeyData", "uploads an external public key to the service account; remove it and use Workload Identity Federation");
  },
  preventive: [{ kind: "gcp-org-policy", constraint: "iam.disableServiceAccountKeyUpload", constraintType: "boolean", enforce: true }],
  examples: {
    compliant: [[{ type: "gcp:serviceaccount/key:Key", props: { serviceAccountId: "ci" } }]],
    nonCompliant: [[{ type: "gcp:serviceaccount/key:Key", props: { serviceAccountId: "ci", publicKeyData: "LS0tLS1CRUdJTi..." } }]],
  },
});
