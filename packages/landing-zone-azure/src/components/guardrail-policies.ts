import { PolicyAssignment } from "@pulumi/azure-native/authorization/policyAssignment";
import { PolicyDefinitionAtManagementGroup } from "@pulumi/azure-native/authorization/policyDefinitionAtManagementGroup";
import { PolicyExemption } from "@pulumi/azure-native/authorization/policyExemption";
import { PolicySetDefinitionAtManagementGroup } from "@pulumi/azure-native/authorization/policySetDefinitionAtManagementGroup";
import type { ManagementGroup } from "@pulumi/azure-native/management/managementGroup";
import * as pulumi from "@pulumi/pulumi";
import type { LandingZoneConfig } from "../config";
import {
  assignmentId,
  assignmentParameters,
  type GuardrailDefinition,
  guardrailDefinitions,
  type Initiative,
  initiativeNames,
  initiatives,
  managementGroupResourceId,
  setDefinitionId,
} from "../policies";
import type { GroupKey } from "./management-groups";

const SCOPE_GROUP = { root: "root", "landing-zones": "landingZones", corp: "corp" } as const satisfies Record<string, GroupKey>;

/**
 * Azure Policy from the controls' preventive forms: every definition at the intermediate root, one
 * initiative per assignment scope (root, Landing Zones, Corp), its assignment with the configured effects,
 * and the configured exemptions (each with a reason and an expiry).
 */
export class GuardrailPolicies extends pulumi.ComponentResource {
  readonly definitions: GuardrailDefinition[];
  readonly initiatives: Initiative[];
  readonly assignments: PolicyAssignment[] = [];

  constructor(
    name: string,
    args: { config: LandingZoneConfig; groups: Record<GroupKey, ManagementGroup> },
    opts?: pulumi.ComponentResourceOptions,
  ) {
    super("palisade:azure:GuardrailPolicies", name, {}, opts);
    const { config, groups } = args;
    const child = { parent: this };
    const rootGroup = groups.root;
    this.definitions = guardrailDefinitions({ allowedLocations: config.allowedLocations, requiredTags: config.requiredTags });
    const definitionResources = this.definitions.map(
      (d) =>
        new PolicyDefinitionAtManagementGroup(
          `policy-${d.name}`,
          {
            managementGroupId: config.prefix,
            policyDefinitionName: d.name,
            policyType: "Custom",
            displayName: d.body.displayName,
            description: d.body.description,
            mode: d.body.mode,
            parameters: d.body.parameters,
            policyRule: d.body.policyRule,
            metadata: { category: "Palisade guardrails", palisadeControl: d.controlId, version: "1.0.0" },
          },
          { ...child, dependsOn: [rootGroup] },
        ),
    );
    this.initiatives = initiatives(config.prefix, this.definitions);
    const assignmentByScope = new Map<string, PolicyAssignment>();
    for (const initiative of this.initiatives) {
      if (initiative.policyDefinitions.length === 0) continue;
      const names = initiativeNames(config.prefix, initiative.scope);
      const set = new PolicySetDefinitionAtManagementGroup(
        `initiative-${initiative.scope}`,
        {
          managementGroupId: config.prefix,
          policySetDefinitionName: initiative.name,
          policyType: "Custom",
          displayName: initiative.displayName,
          description: initiative.description,
          parameters: initiative.parameters,
          policyDefinitions: initiative.policyDefinitions,
          metadata: { category: "Palisade guardrails", version: "1.0.0" },
        },
        { ...child, dependsOn: definitionResources },
      );
      const assignment = new PolicyAssignment(
        `assignment-${initiative.scope}`,
        {
          scope: managementGroupResourceId(names.managementGroup),
          policyAssignmentName: names.assignment,
          policyDefinitionId: setDefinitionId(config.prefix, initiative.scope),
          displayName: initiative.displayName,
          description: initiative.description,
          enforcementMode: "Default",
          parameters: assignmentParameters(initiative, {
            effect: config.policy.effect,
            overrides: config.policy.overrides,
            allowedLocations: config.allowedLocations,
          }),
          nonComplianceMessages: [
            { message: "Blocked by a Palisade guardrail: see the policy's description for the control and docs/azure.md for the fix." },
          ],
          metadata: { assignedBy: "palisade-landing-zone" },
        },
        { ...child, dependsOn: [set, groups[SCOPE_GROUP[initiative.scope]]] },
      );
      assignmentByScope.set(initiative.scope, assignment);
      this.assignments.push(assignment);
    }
    for (const e of config.policy.exemptions) {
      const assignment = assignmentByScope.get(e.assignment);
      new PolicyExemption(
        `exemption-${e.name}`,
        {
          policyExemptionName: e.name,
          scope: e.scope,
          policyAssignmentId: assignmentId(config.prefix, e.assignment),
          exemptionCategory: e.category,
          expiresOn: `${e.expiresOn}T23:59:59Z`,
          displayName: `${e.name} (expires ${e.expiresOn})`,
          description: e.reason,
          ...(e.policies ? { policyDefinitionReferenceIds: e.policies } : {}),
          metadata: { requestedBy: "landing-zone config", reason: e.reason },
        },
        { ...child, dependsOn: assignment ? [assignment] : [] },
      );
    }
    this.registerOutputs({ definitions: this.definitions.map((d) => d.name) });
  }
}
