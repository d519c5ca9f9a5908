/**
 * Organisation policies planned from the controls' preventive forms: one policy per constraint (forms of
 * several controls on the same constraint are merged), values named by `fromConfig` filled from the landing
 * zone config, and tag-conditioned exception rules in front of the enforcing rule. Nothing here names a
 * constraint of its own: every one comes from a control.
 */
import type { Control, PreventiveForm } from "@palisade/controls";
import type { LandingZoneConfig } from "./config";

export type GcpOrgPolicyForm = Extract<PreventiveForm, { kind: "gcp-org-policy" }>;
export type GcpCustomConstraintForm = Extract<PreventiveForm, { kind: "gcp-custom-constraint" }>;

export interface PolicyRule {
  enforce?: "TRUE" | "FALSE";
  allowAll?: "TRUE";
  denyAll?: "TRUE";
  values?: { allowedValues?: string[]; deniedValues?: string[] };
  condition?: { expression: string; title: string; description: string };
}

export interface PlannedPolicy {
  /** Constraint name without the `constraints/` prefix (`compute.requireOsLogin`, `custom.gkeRequirePrivateNodes`). */
  constraint: string;
  kind: "boolean" | "list" | "custom";
  controls: string[];
  rules: PolicyRule[];
}

export interface PlannedCustomConstraint extends GcpCustomConstraintForm {
  controls: string[];
  description: string;
}

export interface GuardrailPlan {
  policies: PlannedPolicy[];
  customConstraints: PlannedCustomConstraint[];
}

function orgForms(controls: readonly Control[]) {
  const builtin = new Map<string, { forms: GcpOrgPolicyForm[]; controls: string[] }>();
  const custom = new Map<string, PlannedCustomConstraint>();
  for (const c of controls) {
    for (const form of c.preventive ?? []) {
      if (form.kind === "gcp-org-policy") {
        const entry = builtin.get(form.constraint) ?? { forms: [], controls: [] };
        entry.forms.push(form);
        entry.controls.push(c.id);
        builtin.set(form.constraint, entry);
      } else if (form.kind === "gcp-custom-constraint") {
        const existing = custom.get(form.name);
        if (existing) {
          if (existing.condition !== form.condition)
            throw new Error(`custom constraint ${form.name} is defined differently by ${existing.controls[0]} and ${c.id}`);
          existing.controls.push(c.id);
        } else {
          custom.set(form.name, {
            ...form,
            controls: [c.id],
            description: `${c.title} (Palisade control ${c.id}). ${c.remediation}`.slice(0, 2000),
          });
        }
      }
    }
  }
  return { builtin, custom };
}

/** Every constraint the controls enforce: built-in names and `custom.*` names (for validating exceptions). */
export function enforcedConstraints(controls: readonly Control[]): string[] {
  const { builtin, custom } = orgForms(controls);
  return [...builtin.keys(), ...custom.keys()].sort();
}

/** Values the preventive forms take from the landing zone config (`list.fromConfig`). */
export function configValues(config: LandingZoneConfig, key: string): string[] {
  switch (key) {
    case "directoryCustomerIds":
      return config.organization.directoryCustomerIds;
    case "allowedLocations":
      return config.allowedLocations;
    case "allowedPeerNetworks":
      return config.allowedPeerNetworks ?? [`under:organizations/${config.organization.id}`];
    case "contactDomains":
      return config.organization.domains.map((d) => `@${d}`);
    default:
      throw new Error(`a control's preventive form takes values from config key "${key}", which the landing zone does not provide`);
  }
}

/** The CEL condition of an exception rule: the resource carries the tag (namespaced by the organisation). */
export function tagCondition(orgId: string, key: string, value: string): string {
  return `resource.matchTag('${orgId}/${key}', '${value}')`;
}

function exceptionRules(config: LandingZoneConfig, constraint: string, kind: PlannedPolicy["kind"]): PolicyRule[] {
  return config.exceptions
    .filter((e) => e.constraints.includes(constraint))
    .map((e) => ({
      ...(kind === "list" ? { allowAll: "TRUE" as const } : { enforce: "FALSE" as const }),
      condition: {
        expression: tagCondition(config.organization.id, e.tag.key, e.tag.value),
        title: `Exception ${e.tag.key}=${e.tag.value}`.slice(0, 100),
        description: e.reason,
      },
    }));
}

export function planGuardrails(controls: readonly Control[], config: LandingZoneConfig): GuardrailPlan {
  const { builtin, custom } = orgForms(controls);
  const policies: PlannedPolicy[] = [];
  for (const [constraint, { forms, controls: ids }] of [...builtin].sort(([a], [b]) => a.localeCompare(b))) {
    const types = new Set(forms.map((f) => f.constraintType));
    if (types.size > 1) throw new Error(`constraint ${constraint} is declared both boolean and list by ${ids.join(", ")}`);
    if (forms[0].constraintType === "boolean") {
      policies.push({
        constraint,
        kind: "boolean",
        controls: ids,
        rules: [...exceptionRules(config, constraint, "boolean"), { enforce: "TRUE" }],
      });
      continue;
    }
    let denyAll = false;
    const allowed = new Set<string>();
    const denied = new Set<string>();
    for (const f of forms) {
      if (f.constraintType !== "list") continue;
      if (f.list.denyAll) denyAll = true;
      for (const v of f.list.allowedValues ?? []) allowed.add(v);
      for (const v of f.list.deniedValues ?? []) denied.add(v);
      if (f.list.fromConfig) for (const v of configValues(config, f.list.fromConfig)) allowed.add(v);
    }
    if (denyAll && allowed.size > 0)
      throw new Error(`constraint ${constraint}: one control denies all values and another allows some (${ids.join(", ")})`);
    const rule: PolicyRule = denyAll
      ? { denyAll: "TRUE" }
      : {
          values: {
            ...(allowed.size > 0 ? { allowedValues: [...allowed] } : {}),
            ...(denied.size > 0 ? { deniedValues: [...denied] } : {}),
          },
        };
    policies.push({ constraint, kind: "list", controls: ids, rules: [...exceptionRules(config, constraint, "list"), rule] });
  }
  const customConstraints = [...custom.values()].sort((a, b) => a.name.localeCompare(b.name));
  for (const cc of customConstraints) {
    policies.push({
      constraint: cc.name,
      kind: "custom",
      controls: cc.controls,
      rules: [...exceptionRules(config, cc.name, "custom"), { enforce: "TRUE" }],
    });
  }
  return { policies, customConstraints };
}
