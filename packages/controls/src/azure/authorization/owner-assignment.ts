import { defineControl } from "../../model/control";
import { fail, notApplicable, pass } from "../../model/verdict";
import { oneOf, ROLE } from "../../shared/azure";
import { azurePolicy } from "../../shared/azure-policy";

/** "/subscriptions/<id>" (optionally with a trailing slash): the subscription itself, not a resource group in it. */
export function isSubscriptionScope(scope: unknown): boolean {
  return typeof scope === "string" && /^\/subscriptions\/[^/]+\/?$/i.test(scope.trim());
}

export function isRole(roleDefinitionId: unknown, roleId: string): boolean {
  return typeof roleDefinitionId === "string" && roleDefinitionId.toLowerCase().replace(/\/$/, "").endsWith(roleId);
}

export const ownerAssignment = defineControl({
  id: "azure-authorization-owner-assignment",
  title: "The Owner role on a subscription is granted to groups, not directly to users or service principals",
  rationale:
    "Standing Owner assignments to individual accounts escape group-based access reviews and PIM, and a compromised user or pipeline credential then owns the whole subscription.",
  severity: "high",
  cloud: "azure",
  service: "authorization",
  resourceTypes: ["azure-native:authorization:RoleAssignment"],
  frameworks: {
    "cis-azure-6.0": ["5.3.1", "5.3.4"],
    "nist-800-53-r5": ["AC-2", "AC-6", "AC-6(9)"],
    soc2: ["CC6.1", "CC6.2", "CC6.3"],
    "iso27001-2022": ["A.5.15", "A.5.18", "A.8.2"],
    "pci-dss-4.0": ["7.2.1", "7.2.2", "7.2.4"],
    hipaa: ["164.308(a)(4)(ii)(B)", "164.308(a)(3)(ii)(B)"],
  },
  remediation:
    'Assign Owner at subscription scope only to an Entra group (principalType: "Group"), ideally eligible through PIM; grant pipelines a narrower role (Contributor, or a custom role) instead.',
  enforcementLevel: "mandatory",
  tags: ["identity", "privileged-access"],
  check: (r) => {
    if (!isRole(r.props.roleDefinitionId, ROLE.owner)) return notApplicable("not an Owner role assignment");
    if (!isSubscriptionScope(r.props.scope)) return notApplicable("not at subscription scope");
    const type = r.props.principalType;
    if (oneOf(type, ["Group"])) return pass();
    return fail(
      "principalType",
      `Owner is assigned on ${r.props.scope} to principalType ${JSON.stringify(type ?? "unset")}; assign it to a group (principalType "Group") instead`,
    );
  },
  preventive: [
    azurePolicy({
      name: "palisade-owner-assignment",
      displayName: "Owner must not be assigned directly to users or service principals on a subscription",
      description:
        "Denies subscription-scope Owner role assignments to users and service principals (Palisade control azure-authorization-owner-assignment).",
      mode: "All",
      nonCompliantWhen: {
        allOf: [
          { field: "type", equals: "Microsoft.Authorization/roleAssignments" },
          { field: "Microsoft.Authorization/roleAssignments/roleDefinitionId", like: `*${ROLE.owner}` },
          { field: "Microsoft.Authorization/roleAssignments/principalType", in: ["User", "ServicePrincipal"] },
          { field: "id", like: "/subscriptions/*" },
          { field: "id", notContains: "/resourceGroups/" },
        ],
      },
    }),
  ],
  examples: {
    compliant: [
      [
        {
          type: "azure-native:authorization:RoleAssignment",
          props: {
            scope: "/subscriptions/00000000-0000-0000-0000-000000000001",
            roleDefinitionId: `/providers/Microsoft.Authorization/roleDefinitions/${ROLE.owner}`,
            principalId: "g",
            principalType: "Group",
          },
        },
      ],
      [
        {
          type: "azure-native:authorization:RoleAssignment",
          props: {
            scope: "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/app",
            roleDefinitionId: `/providers/Microsoft.Authorization/roleDefinitions/${ROLE.owner}`,
            principalId: "u",
            principalType: "User",
          },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "azure-native:authorization:RoleAssignment",
          props: {
            scope: "/subscriptions/00000000-0000-0000-0000-000000000001",
            roleDefinitionId: `/subscriptions/00000000-0000-0000-0000-000000000001/providers/Microsoft.Authorization/roleDefinitions/${ROLE.owner}`,
            principalId: "sp",
            principalType: "ServicePrincipal",
          },
        },
      ],
    ],
  },
});
