import { defineControl } from "../../model/control";
import { failAll, notApplicable, type Violation } from "../../model/verdict";
import { azurePolicy } from "../../shared/azure-policy";
import { listOf, objectsOf } from "../../shared/network";

/** Subscription, management group or tenant root: where "*" makes a custom role an administrator role. */
function isBroadScope(scope: unknown): boolean {
  if (typeof scope !== "string") return false;
  const s = scope.trim().toLowerCase();
  return s === "/" || /^\/subscriptions\/[^/]+\/?$/.test(s) || s.startsWith("/providers/microsoft.management/managementgroups/");
}

export const customRoleWildcard = defineControl({
  id: "azure-authorization-custom-role-wildcard",
  title: 'No custom role grants all actions ("*") at subscription or management-group scope',
  rationale:
    'A custom role with "*" actions assignable at subscription scope is an Owner in disguise: it escapes reviews that look for the built-in Owner role.',
  severity: "high",
  cloud: "azure",
  service: "authorization",
  resourceTypes: ["azure-native:authorization:RoleDefinition"],
  frameworks: {
    "cis-azure-6.0": ["5.4"],
    "cis-azure-3.0": ["2.23"],
    "nist-800-53-r5": ["AC-6", "AC-6(9)", "AC-2"],
    soc2: ["CC6.1", "CC6.3"],
    "iso27001-2022": ["A.5.15", "A.8.2"],
    "pci-dss-4.0": ["7.2.1", "7.2.2"],
    hipaa: ["164.308(a)(4)(ii)(B)"],
  },
  remediation: 'Replace "*" in permissions[].actions with the specific operations the role needs (or use a built-in role).',
  enforcementLevel: "mandatory",
  tags: ["identity", "privileged-access"],
  check: (r) => {
    const scopes = listOf<unknown>(r.props.assignableScopes);
    const broad = scopes.filter(isBroadScope);
    if (broad.length === 0) return notApplicable("assignable only below subscription scope");
    const violations: Violation[] = [];
    objectsOf(r.props.permissions).forEach((p, i) => {
      if (listOf<unknown>(p.actions).some((a) => a === "*")) {
        violations.push({
          property: `permissions[${i}].actions`,
          message: `permissions[${i}].actions includes "*" and the role is assignable at ${broad.join(", ")}; list specific actions`,
        });
      }
    });
    return failAll(violations);
  },
  preventive: [
    azurePolicy({
      name: "palisade-custom-role-wildcard",
      displayName: "Custom roles must not grant all actions at subscription or management-group scope",
      description:
        'Denies custom role definitions with "*" actions assignable at subscription, management group or root scope (Palisade control azure-authorization-custom-role-wildcard).',
      mode: "All",
      nonCompliantWhen: {
        allOf: [
          { field: "type", equals: "Microsoft.Authorization/roleDefinitions" },
          { field: "Microsoft.Authorization/roleDefinitions/type", equals: "CustomRole" },
          { not: { field: "Microsoft.Authorization/roleDefinitions/permissions[*].actions[*]", notEquals: "*" } },
          {
            count: {
              field: "Microsoft.Authorization/roleDefinitions/assignableScopes[*]",
              where: {
                anyOf: [
                  { field: "Microsoft.Authorization/roleDefinitions/assignableScopes[*]", equals: "/" },
                  { field: "Microsoft.Authorization/roleDefinitions/assignableScopes[*]", like: "/providers/Microsoft.Management/*" },
                  { field: "Microsoft.Authorization/roleDefinitions/assignableScopes[*]", notContains: "/resourceGroups/" },
                ],
              },
            },
            greater: 0,
          },
        ],
      },
    }),
  ],
  examples: {
    compliant: [
      [
        {
          type: "azure-native:authorization:RoleDefinition",
          props: {
            roleName: "vm-operator",
            assignableScopes: ["/subscriptions/s"],
            permissions: [{ actions: ["Microsoft.Compute/virtualMachines/start/action", "Microsoft.Compute/virtualMachines/read"] }],
          },
        },
      ],
      [
        {
          type: "azure-native:authorization:RoleDefinition",
          props: { roleName: "rg-admin", assignableScopes: ["/subscriptions/s/resourceGroups/app"], permissions: [{ actions: ["*"] }] },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "azure-native:authorization:RoleDefinition",
          props: {
            roleName: "super",
            assignableScopes: ["/providers/Microsoft.Management/managementGroups/corp"],
            permissions: [{ actions: ["*"], notActions: [] }],
          },
        },
      ],
    ],
  },
});
