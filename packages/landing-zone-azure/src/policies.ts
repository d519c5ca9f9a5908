/**
 * The landing zone's Azure Policy, built from the preventive forms of the Palisade controls (never written
 * here): one custom definition per form, grouped into one initiative per assignment scope, with the
 * effect of every definition a parameter of its initiative. Pure and deterministic, so it is tested
 * without Pulumi and a preview never shows spurious policy updates.
 */
import {
  type AzurePolicyDefinitionBody,
  type AzurePolicyParams,
  azureControls,
  type Control,
  type PreventiveForm,
} from "@palisade/controls";
import type { AssignmentScope, PolicyEffect } from "./config";

type AzureForm = Extract<PreventiveForm, { kind: "azure-policy" }> & { scope?: AssignmentScope };

export const ASSIGNMENT_SCOPES: readonly AssignmentScope[] = ["root", "landing-zones", "corp"];

/** Definition parameters the initiatives pass through from their assignment (the rest keep their defaults). */
export const ASSIGNMENT_PARAMETERS = ["allowedLocations"] as const;

export interface GuardrailDefinition {
  /** Definition name, also the initiative's policyDefinitionReferenceId. */
  name: string;
  controlId: string;
  scope: AssignmentScope;
  body: AzurePolicyDefinitionBody;
}

function formsOf(controls: readonly Control[]): { control: Control; form: AzureForm }[] {
  return controls.flatMap((control) =>
    (control.preventive ?? []).filter((f): f is AzureForm => f.kind === "azure-policy").map((form) => ({ control, form })),
  );
}

/** Every guardrail definition, in control order. */
export function guardrailDefinitions(params: AzurePolicyParams, controls: readonly Control[] = azureControls): GuardrailDefinition[] {
  const out: GuardrailDefinition[] = [];
  const names = new Set<string>();
  for (const { control, form } of formsOf(controls)) {
    if (names.has(form.name)) throw new Error(`two preventive forms are named ${form.name}`);
    names.add(form.name);
    out.push({ name: form.name, controlId: control.id, scope: form.scope ?? "root", body: form.definition(params) });
  }
  return out;
}

/** Names of every policy the landing zone deploys (validation of config overrides and exemptions). */
export function knownPolicyNames(controls: readonly Control[] = azureControls): string[] {
  return formsOf(controls).map(({ form }) => form.name);
}

export function policiesOfAssignment(scope: AssignmentScope, controls: readonly Control[] = azureControls): string[] {
  return formsOf(controls)
    .filter(({ form }) => (form.scope ?? "root") === scope)
    .map(({ form }) => form.name);
}

/** Management group ids of the hierarchy (Cloud Adoption Framework layout under an intermediate root). */
export function managementGroupIds(prefix: string) {
  return {
    root: prefix,
    platform: `${prefix}-platform`,
    management: `${prefix}-management`,
    connectivity: `${prefix}-connectivity`,
    identity: `${prefix}-identity`,
    security: `${prefix}-security`,
    landingZones: `${prefix}-landingzones`,
    corp: `${prefix}-corp`,
    online: `${prefix}-online`,
    sandbox: `${prefix}-sandbox`,
    decommissioned: `${prefix}-decommissioned`,
  } as const;
}

export function managementGroupResourceId(groupId: string): string {
  return `/providers/Microsoft.Management/managementGroups/${groupId}`;
}

/** Where each initiative is assigned, and its names (assignment names at MG scope: 24 characters at most). */
export function initiativeNames(prefix: string, scope: AssignmentScope) {
  const mg = managementGroupIds(prefix);
  switch (scope) {
    case "root":
      return { set: `${prefix}-guardrails`, assignment: `${prefix}-guardrails`, managementGroup: mg.root, label: "every subscription" };
    case "landing-zones":
      return {
        set: `${prefix}-lz-guardrails`,
        assignment: `${prefix}-lz-guardrails`,
        managementGroup: mg.landingZones,
        label: "Corp and Online",
      };
    case "corp":
      return {
        set: `${prefix}-corp-guardrails`,
        assignment: `${prefix}-corp-guardrails`,
        managementGroup: mg.corp,
        label: "Corp (private only)",
      };
  }
}

export function definitionId(prefix: string, name: string): string {
  return `${managementGroupResourceId(managementGroupIds(prefix).root)}/providers/Microsoft.Authorization/policyDefinitions/${name}`;
}

export function setDefinitionId(prefix: string, scope: AssignmentScope): string {
  return `${managementGroupResourceId(managementGroupIds(prefix).root)}/providers/Microsoft.Authorization/policySetDefinitions/${initiativeNames(prefix, scope).set}`;
}

export function assignmentId(prefix: string, scope: AssignmentScope): string {
  const names = initiativeNames(prefix, scope);
  return `${managementGroupResourceId(names.managementGroup)}/providers/Microsoft.Authorization/policyAssignments/${names.assignment}`;
}

/** The initiative parameter that carries one definition's effect. */
export function effectParameter(policyName: string): string {
  return `${policyName}-effect`;
}

export interface Initiative {
  scope: AssignmentScope;
  name: string;
  displayName: string;
  description: string;
  parameters: Record<
    string,
    { type: string; allowedValues?: unknown[]; defaultValue?: unknown; metadata: { displayName: string; description?: string } }
  >;
  policyDefinitions: { policyDefinitionReferenceId: string; policyDefinitionId: string; parameters: Record<string, { value: unknown }> }[];
}

/** One initiative per assignment scope, over the definitions assigned there. */
export function initiatives(prefix: string, definitions: readonly GuardrailDefinition[]): Initiative[] {
  return ASSIGNMENT_SCOPES.map((scope) => {
    const names = initiativeNames(prefix, scope);
    const members = definitions.filter((d) => d.scope === scope);
    const parameters: Initiative["parameters"] = {};
    const policyDefinitions: Initiative["policyDefinitions"] = [];
    for (const d of members) {
      const effect = d.body.parameters?.effect;
      parameters[effectParameter(d.name)] = {
        type: "String",
        allowedValues: effect?.allowedValues ?? ["Audit", "Deny", "Disabled"],
        defaultValue: effect?.defaultValue ?? "Deny",
        metadata: { displayName: `Effect: ${d.body.displayName}`, description: `Palisade control ${d.controlId}` },
      };
      const refParams: Record<string, { value: unknown }> = { effect: { value: `[parameters('${effectParameter(d.name)}')]` } };
      for (const p of ASSIGNMENT_PARAMETERS) {
        const declared = d.body.parameters?.[p];
        if (!declared) continue;
        parameters[p] ??= { type: declared.type, metadata: declared.metadata ?? { displayName: p } };
        refParams[p] = { value: `[parameters('${p}')]` };
      }
      policyDefinitions.push({
        policyDefinitionReferenceId: d.name,
        policyDefinitionId: definitionId(prefix, d.name),
        parameters: refParams,
      });
    }
    return {
      scope,
      name: names.set,
      displayName: `Palisade guardrails (${names.label})`,
      description: `Preventive forms of the Palisade Azure controls assigned to ${names.label}. Generated from @palisade/controls; do not edit in the portal.`,
      parameters,
      policyDefinitions,
    };
  });
}

/** Assignment parameter values: every definition's effect (global effect, then per-policy overrides) and the shared inputs. */
export function assignmentParameters(
  initiative: Initiative,
  opts: { effect: "Deny" | "Audit"; overrides: Record<string, PolicyEffect>; allowedLocations: readonly string[] },
): Record<string, { value: unknown }> {
  const values: Record<string, { value: unknown }> = {};
  for (const ref of initiative.policyDefinitions) {
    values[effectParameter(ref.policyDefinitionReferenceId)] = { value: opts.overrides[ref.policyDefinitionReferenceId] ?? opts.effect };
  }
  if ("allowedLocations" in initiative.parameters) values.allowedLocations = { value: [...opts.allowedLocations] };
  return values;
}
