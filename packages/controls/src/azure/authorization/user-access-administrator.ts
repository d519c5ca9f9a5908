import { defineControl } from "../../model/control";
import { fail, notApplicable } from "../../model/verdict";
import { ROLE } from "../../shared/azure";
import { isRole } from "./owner-assignment";

export const userAccessAdministrator = defineControl({
  id: "azure-authorization-user-access-administrator",
  title: "The User Access Administrator role is not assigned as standing access",
  rationale:
    "User Access Administrator can grant any role, including Owner, to anyone: it is an indirect path to full control and should be used only just in time.",
  severity: "high",
  cloud: "azure",
  service: "authorization",
  resourceTypes: ["azure-native:authorization:RoleAssignment"],
  frameworks: {
    "cis-azure-6.0": ["5.3.3"],
    "nist-800-53-r5": ["AC-6", "AC-6(9)", "AC-2"],
    soc2: ["CC6.3"],
    "iso27001-2022": ["A.8.2", "A.5.18"],
    "pci-dss-4.0": ["7.2.2"],
    hipaa: ["164.308(a)(4)(ii)(B)"],
  },
  remediation:
    "Remove the assignment; make User Access Administrator (or Role Based Access Control Administrator with conditions) eligible through PIM instead of a standing assignment.",
  enforcementLevel: "advisory",
  tags: ["identity", "privileged-access"],
  check: (r) =>
    isRole(r.props.roleDefinitionId, ROLE.userAccessAdministrator)
      ? fail(
          "roleDefinitionId",
          `User Access Administrator is assigned on ${JSON.stringify(r.props.scope)} as standing access; remove it and use PIM`,
        )
      : notApplicable("not a User Access Administrator assignment"),
  examples: {
    compliant: [
      [
        {
          type: "azure-native:authorization:RoleAssignment",
          props: {
            scope: "/subscriptions/s",
            roleDefinitionId: "/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7",
            principalId: "g",
          },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "azure-native:authorization:RoleAssignment",
          props: {
            scope: "/",
            roleDefinitionId: `/providers/Microsoft.Authorization/roleDefinitions/${ROLE.userAccessAdministrator}`,
            principalId: "u",
          },
        },
      ],
    ],
  },
});
