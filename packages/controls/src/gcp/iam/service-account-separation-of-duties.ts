import { defineControl } from "../../model/control";
import { RESOURCE_MANAGER_IAM_TYPES } from "../../shared/gcp";
import { separationOfDuties } from "./separation-of-duties";

export const iamServiceAccountSeparationOfDuties = defineControl({
  id: "gcp-iam-service-account-separation-of-duties",
  title: "No one is both Service Account Admin and Service Account User at the same scope",
  rationale:
    "Whoever can create service accounts and also act as them can mint an identity with any role the project allows and use it; separating the roles needs two people to do that.",
  severity: "medium",
  cloud: "gcp",
  service: "iam",
  resourceTypes: RESOURCE_MANAGER_IAM_TYPES,
  frameworks: {
    "cis-gcp-5.0": ["1.9"],
    "cis-gcp-3.0": ["1.8"],
    "nist-800-53-r5": ["AC-5(b)", "AC-6"],
    soc2: ["CC6.1", "CC6.3"],
    "iso27001-2022": ["A.5.3", "A.5.15"],
    "pci-dss-4.0": ["7.2.1", "7.2.2"],
    hipaa: ["164.308(a)(4)(ii)(B)"],
  },
  remediation: "Grant roles/iam.serviceAccountAdmin and roles/iam.serviceAccountUser to different people or groups.",
  enforcementLevel: "advisory",
  tags: ["iam", "separation-of-duties"],
  stackCheck: (stack) =>
    separationOfDuties(stack, ["roles/iam.serviceAccountAdmin"], ["roles/iam.serviceAccountUser"], "give the roles to different people"),
  examples: {
    compliant: [
      [
        {
          type: "gcp:projects/iAMMember:IAMMember",
          name: "admin",
          props: { project: "p", role: "roles/iam.serviceAccountAdmin", member: "group:iam-admins@acme.example" },
        },
        {
          type: "gcp:projects/iAMMember:IAMMember",
          name: "user",
          props: { project: "p", role: "roles/iam.serviceAccountUser", member: "group:deployers@acme.example" },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "gcp:projects/iAMMember:IAMMember",
          name: "admin",
          props: { project: "p", role: "roles/iam.serviceAccountAdmin", member: "user:bob@acme.example" },
        },
        {
          type: "gcp:projects/iAMBinding:IAMBinding",
          name: "user",
          props: { project: "p", role: "roles/iam.serviceAccountUser", members: ["user:bob@acme.example"] },
        },
      ],
    ],
  },
});
