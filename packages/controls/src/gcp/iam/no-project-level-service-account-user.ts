import { defineControl } from "../../model/control";
import { failAll } from "../../model/verdict";
import { grantsOf, RESOURCE_MANAGER_IAM_TYPES } from "../../shared/gcp";

const IMPERSONATION_ROLES = ["roles/iam.serviceAccountUser", "roles/iam.serviceAccountTokenCreator"];

export const iamNoProjectLevelServiceAccountUser = defineControl({
  id: "gcp-iam-no-project-level-service-account-user",
  title: "Service Account User and Token Creator are not granted on projects, folders or the organisation",
  rationale:
    "Granted above a single service account, these roles let the member act as every service account in the project (and every one created later), including the most privileged.",
  severity: "high",
  cloud: "gcp",
  service: "iam",
  resourceTypes: RESOURCE_MANAGER_IAM_TYPES,
  frameworks: {
    "cis-gcp-5.0": ["1.7"],
    "cis-gcp-3.0": ["1.6"],
    "nist-800-53-r5": ["AC-6", "AC-2"],
    soc2: ["CC6.1", "CC6.3"],
    "iso27001-2022": ["A.5.15", "A.8.2"],
    "pci-dss-4.0": ["7.2.1", "7.2.2"],
    hipaa: ["164.308(a)(4)(ii)(B)"],
  },
  remediation:
    "Grant roles/iam.serviceAccountUser or roles/iam.serviceAccountTokenCreator on the specific service account (gcp.serviceaccount.IAMMember), not on the project, folder or organisation.",
  enforcementLevel: "mandatory",
  tags: ["iam", "least-privilege"],
  check: (r) =>
    failAll(
      grantsOf(r, (role) => IMPERSONATION_ROLES.includes(role)).map((g) => ({
        property: g.property,
        message: `grants ${g.role} to ${g.member} on every service account below this scope; grant it on the one service account instead`,
      })),
    ),
  examples: {
    compliant: [
      [
        {
          type: "gcp:projects/iAMBinding:IAMBinding",
          props: { project: "acme-app", role: "roles/viewer", members: ["group:ops@acme.example"] },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "gcp:projects/iAMMember:IAMMember",
          props: { project: "acme-app", role: "roles/iam.serviceAccountUser", member: "user:dev@acme.example" },
        },
      ],
    ],
  },
});
