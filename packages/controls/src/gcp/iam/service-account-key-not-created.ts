import { defineControl } from "../../model/control";
import { fail, notApplicable } from "../../model/verdict";

export const iamServiceAccountKeyNotCreated = defineControl({
  id: "gcp-iam-service-account-key-not-created",
  title: "No user-managed service account keys are created",
  rationale:
    "A created key hands a long-lived private key to the caller (and into the Pulumi state); anyone who copies it acts as the service account until the key is deleted. Workload identity, impersonation and attached service accounts need no key.",
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
  remediation:
    "Remove the gcp.serviceaccount.Key resource; attach the service account to the workload, use Workload Identity Federation, or impersonate it (roles/iam.serviceAccountTokenCreator on the account, not the project).",
  enforcementLevel: "mandatory",
  tags: ["iam", "credentials"],
  check: (r) => {
    const uploaded = r.props.publicKeyData;
    if (typeof uploaded === "string" && uploaded !== "")
      return notApplicable("the key is uploaded, not created (see gcp-iam-service-account-key-not-uploaded)");
    return fail(
      "serviceAccountId",
      "creates a user-managed key for the service account; remove it and use an attached service account or Workload Identity",
    );
  },
  preventive: [{ kind: "gcp-org-policy", constraint: "iam.disableServiceAccountKeyCreation", constraintType: "boolean", enforce: true }],
  examples: {
    compliant: [[{ type: "gcp:serviceaccount/key:Key", props: { serviceAccountId: "ci", publicKeyData: "LS0tLS1CRUdJTi..." } }]],
    nonCompliant: [[{ type: "gcp:serviceaccount/key:Key", props: { serviceAccountId: "ci" } }]],
  },
});
