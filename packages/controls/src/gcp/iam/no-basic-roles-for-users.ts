import { defineControl } from "../../model/control";
import { failAll } from "../../model/verdict";
import { BASIC_ROLES, grantsOf, parseMember, RESOURCE_MANAGER_IAM_TYPES } from "../../shared/gcp";

export const iamNoBasicRolesForUsers = defineControl({
  id: "gcp-iam-no-basic-roles-for-users",
  title: "People and groups are not granted Owner or Editor on projects, folders or the organisation",
  rationale:
    "The basic roles grant write access to nearly every service and cannot be scoped; a phished account with Editor can read every secret and change every resource.",
  severity: "high",
  cloud: "gcp",
  service: "iam",
  resourceTypes: RESOURCE_MANAGER_IAM_TYPES,
  frameworks: {
    "nist-800-53-r5": ["AC-6", "AC-6(9)", "AC-2"],
    soc2: ["CC6.1", "CC6.3"],
    "iso27001-2022": ["A.5.15", "A.5.18", "A.8.2"],
    "pci-dss-4.0": ["7.2.1", "7.2.2"],
    hipaa: ["164.308(a)(4)(ii)(B)", "164.312(a)(1)"],
  },
  remediation: "Replace roles/owner and roles/editor with predefined roles for the job (and just-in-time elevation for break-glass).",
  enforcementLevel: "mandatory",
  tags: ["iam", "least-privilege"],
  check: (r) =>
    failAll(
      grantsOf(r, (role) => BASIC_ROLES.includes(role))
        .filter((g) => ["user", "group", "domain"].includes(parseMember(g.member).kind))
        .map((g) => ({ property: g.property, message: `grants the basic role ${g.role} to ${g.member}; grant predefined roles instead` })),
    ),
  examples: {
    compliant: [
      [
        {
          type: "gcp:folder/iAMMember:IAMMember",
          props: { folder: "folders/1", role: "roles/viewer", member: "group:audit@acme.example" },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "gcp:projects/iAMMember:IAMMember",
          props: { project: "acme-app", role: "roles/owner", member: "user:alice@acme.example" },
        },
      ],
      [
        {
          type: "gcp:projects/iAMPolicy:IAMPolicy",
          props: {
            project: "acme-app",
            policyData: JSON.stringify({ bindings: [{ role: "roles/editor", members: ["group:devs@acme.example"] }] }),
          },
        },
      ],
    ],
  },
});
