import { defineControl } from "../../model/control";
import { failAll } from "../../model/verdict";
import { grantsOf, isAdminRole, parseMember, RESOURCE_MANAGER_IAM_TYPES } from "../../shared/gcp";

export const iamServiceAccountNoAdminRoles = defineControl({
  id: "gcp-iam-service-account-no-admin-roles",
  title: "Service accounts hold no Owner, Editor or administrator roles on projects, folders or the organisation",
  rationale:
    "A service account's credentials live in workloads; with an admin or basic role, one compromised VM or pipeline controls the whole project. Default service accounts receive Editor automatically unless the organisation turns that off.",
  severity: "high",
  cloud: "gcp",
  service: "iam",
  resourceTypes: RESOURCE_MANAGER_IAM_TYPES,
  frameworks: {
    "cis-gcp-5.0": ["1.6"],
    "cis-gcp-3.0": ["1.5"],
    "nist-800-53-r5": ["AC-6", "AC-6(9)", "AC-2"],
    soc2: ["CC6.1", "CC6.3"],
    "iso27001-2022": ["A.5.15", "A.8.2"],
    "pci-dss-4.0": ["7.2.1", "7.2.2", "7.2.5"],
    hipaa: ["164.308(a)(4)(ii)(B)", "164.312(a)(1)"],
  },
  remediation:
    "Grant the service account the narrowest predefined or custom role it needs (e.g. roles/storage.objectViewer) instead of roles/owner, roles/editor or a *Admin role.",
  enforcementLevel: "mandatory",
  tags: ["iam", "least-privilege"],
  check: (r) =>
    failAll(
      grantsOf(r, isAdminRole)
        .filter((g) => parseMember(g.member).kind === "serviceAccount")
        .map((g) => ({ property: g.property, message: `grants ${g.role} to ${g.member}; grant a narrower role instead` })),
    ),
  preventive: [
    { kind: "gcp-org-policy", constraint: "iam.automaticIamGrantsForDefaultServiceAccounts", constraintType: "boolean", enforce: true },
  ],
  examples: {
    compliant: [
      [
        {
          type: "gcp:projects/iAMMember:IAMMember",
          props: { project: "acme-app", role: "roles/storage.objectViewer", member: "serviceAccount:app@acme-app.iam.gserviceaccount.com" },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "gcp:projects/iAMMember:IAMMember",
          props: { project: "acme-app", role: "roles/editor", member: "serviceAccount:123-compute@developer.gserviceaccount.com" },
        },
      ],
      [
        {
          type: "gcp:organizations/iAMBinding:IAMBinding",
          props: {
            orgId: "123",
            role: "roles/resourcemanager.organizationAdmin",
            members: ["serviceAccount:ci@seed.iam.gserviceaccount.com"],
          },
        },
      ],
    ],
  },
});
