import type { Control } from "@palisade/controls";
import * as orgpolicy from "@pulumi/gcp/orgpolicy";
import * as tags from "@pulumi/gcp/tags";
import * as pulumi from "@pulumi/pulumi";
import type { LandingZoneConfig } from "../config";
import { type GuardrailPlan, planGuardrails } from "../guardrails";

/**
 * The organisation policies (v2 API) of every control's preventive form, custom constraints included, and the
 * tag keys and values the exception rules match.
 */
export class GuardrailPolicies extends pulumi.ComponentResource {
  readonly plan: GuardrailPlan;
  readonly policies: orgpolicy.Policy[] = [];

  constructor(name: string, config: LandingZoneConfig, controls: readonly Control[], opts?: pulumi.ComponentResourceOptions) {
    super("palisade:gcp:GuardrailPolicies", name, {}, opts);
    const org = `organizations/${config.organization.id}`;
    this.plan = planGuardrails(controls, config);

    // Tag keys and values for exceptions; policies match them by namespaced name, known before they exist.
    const keys = new Map<string, tags.TagKey>();
    const values = new Map<string, tags.TagValue>();
    for (const e of config.exceptions) {
      let key = keys.get(e.tag.key);
      if (!key) {
        key = new tags.TagKey(
          `tag-${e.tag.key}`,
          { parent: org, shortName: e.tag.key, description: "Palisade: organisation policy exceptions" },
          { parent: this },
        );
        keys.set(e.tag.key, key);
      }
      const id = `${e.tag.key}/${e.tag.value}`;
      if (!values.has(id))
        values.set(
          id,
          new tags.TagValue(
            `tag-${e.tag.key}-${e.tag.value}`,
            { parent: pulumi.interpolate`tagKeys/${key.name}`, shortName: e.tag.value, description: e.reason },
            { parent: this },
          ),
        );
    }

    const constraints = new Map<string, orgpolicy.CustomConstraint>();
    for (const cc of this.plan.customConstraints) {
      constraints.set(
        cc.name,
        new orgpolicy.CustomConstraint(
          cc.name.replace(/^custom\./, "constraint-"),
          {
            name: cc.name,
            parent: org,
            displayName: cc.displayName,
            description: cc.description,
            resourceTypes: [...cc.resourceTypes],
            methodTypes: [...cc.methodTypes],
            condition: cc.condition,
            actionType: cc.actionType,
          },
          { parent: this },
        ),
      );
    }
    for (const p of this.plan.policies) {
      const constraint = constraints.get(p.constraint);
      this.policies.push(
        new orgpolicy.Policy(
          `policy-${p.constraint}`,
          { name: `${org}/policies/${p.constraint}`, parent: org, spec: { rules: p.rules } },
          { parent: this, dependsOn: [...(constraint ? [constraint] : []), ...values.values()] },
        ),
      );
    }
    this.registerOutputs({});
  }
}
