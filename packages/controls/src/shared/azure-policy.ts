import type { AzurePolicyDefinitionBody, AzurePolicyParams, PreventiveForm } from "../model/preventive";

/** A parameter of an Azure Policy definition (`properties.parameters.<name>`). */
export type AzurePolicyParameter = NonNullable<AzurePolicyDefinitionBody["parameters"]>[string];

/**
 * Where the landing zone assigns a definition: at the intermediate root (every subscription below it), at
 * the Landing Zones group (Corp and Online application subscriptions), or only at Corp (private-only
 * workloads: no public endpoints, no public IPs).
 */
export type AzurePolicyScope = "root" | "landing-zones" | "corp";

/** The `azure-policy` preventive form, with the scope the landing zone assigns it at. */
export type AzurePolicyForm = Extract<PreventiveForm, { kind: "azure-policy" }> & { scope?: AzurePolicyScope };

/** The effects every Palisade definition accepts through its `effect` parameter. */
export const AZURE_POLICY_EFFECTS = ["Audit", "Deny", "Disabled"] as const;

// biome-ignore lint/suspicious/noExplicitAny: Azure Policy rule language
type Rule = Record<string, any>;

/**
 * The preventive form of an Azure control: a custom policy definition with an `effect` parameter
 * (Deny by default; the landing zone may assign it as Audit), over the condition that describes a
 * non-compliant resource. Azure Policy's rule language names its branches `if` and `then`.
 *
 * `nonCompliantWhen` may depend on the landing zone's parameters (allowed locations, required tags);
 * `parameters` declares extra definition parameters (e.g. `allowedLocations`), whose values the landing
 * zone passes at assignment and whose defaults may also come from those parameters. `scope` says where the
 * landing zone assigns it (default: the intermediate root).
 */
export function azurePolicy(spec: {
  name: string;
  displayName: string;
  description: string;
  mode?: "All" | "Indexed";
  nonCompliantWhen: Rule | ((params: AzurePolicyParams) => Rule);
  parameters?: Record<string, AzurePolicyParameter | ((params: AzurePolicyParams) => AzurePolicyParameter)>;
  scope?: AzurePolicyScope;
}): PreventiveForm {
  const form: AzurePolicyForm = {
    kind: "azure-policy",
    name: spec.name,
    definition: (params) => {
      const extra = Object.fromEntries(
        Object.entries(spec.parameters ?? {}).map(([key, p]) => [key, typeof p === "function" ? p(params) : p]),
      );
      const condition = typeof spec.nonCompliantWhen === "function" ? spec.nonCompliantWhen(params) : spec.nonCompliantWhen;
      return {
        displayName: spec.displayName,
        description: spec.description,
        mode: spec.mode ?? "Indexed",
        parameters: {
          effect: {
            type: "String",
            defaultValue: "Deny",
            allowedValues: [...AZURE_POLICY_EFFECTS],
            metadata: { displayName: "Effect", description: "Deny blocks the request; Audit only reports it." },
          },
          ...extra,
        },
        policyRule: { if: condition, then: { effect: "[parameters('effect')]" } },
      };
    },
    ...(spec.scope ? { scope: spec.scope } : {}),
  };
  return form;
}

/** The scope an `azure-policy` form is assigned at (root unless the control says otherwise). */
export function azurePolicyScope(form: PreventiveForm): AzurePolicyScope {
  return form.kind === "azure-policy" ? ((form as AzurePolicyForm).scope ?? "root") : "root";
}

/** `{ field: <alias>, exists: "false" }` or not equal to `value`: the usual "unset or wrong" condition. */
export function unsetOrNot(alias: string, value: string | boolean): Rule {
  return {
    anyOf: [
      { field: alias, exists: "false" },
      { field: alias, notEquals: value },
    ],
  };
}
