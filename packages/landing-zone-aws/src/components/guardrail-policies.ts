import * as organizations from "@pulumi/aws/organizations";
import type { Provider } from "@pulumi/aws/provider";
import * as pulumi from "@pulumi/pulumi";
import type { LandingZoneConfig } from "../config";
import { defaultTags } from "../conventions";
import { buildGuardrails, type Guardrails, guardrailOptions, type PackedPolicy } from "../guardrails";

export interface GuardrailPoliciesArgs {
  config: LandingZoneConfig;
  management: Provider;
  rootId: pulumi.Input<string>;
  suspendedOuId: pulumi.Input<string>;
  /** Attachments wait for the organisation to enable the policy types. */
  organization: pulumi.Resource;
}

/**
 * The SCPs and RCPs built from the controls' preventive forms, attached to the root (every member
 * account) and, for the quarantine, to the Suspended OU. The management account is never subject to
 * SCPs or RCPs: that is AWS's rule, and why nothing runs there but the landing zone itself.
 */
export class GuardrailPolicies extends pulumi.ComponentResource {
  readonly guardrails: Guardrails;
  readonly policies: organizations.Policy[] = [];

  constructor(name: string, args: GuardrailPoliciesArgs, opts?: pulumi.ComponentResourceOptions) {
    super("palisade:aws:GuardrailPolicies", name, {}, opts);
    const { config } = args;
    this.guardrails = buildGuardrails(guardrailOptions(config));
    const opt = { parent: this, provider: args.management };
    const deploy = (p: PackedPolicy, targetId: pulumi.Input<string>) => {
      const policy = new organizations.Policy(
        p.name,
        {
          name: p.name,
          type: p.kind === "scp" ? "SERVICE_CONTROL_POLICY" : "RESOURCE_CONTROL_POLICY",
          description: `Palisade guardrails (${p.controlIds.length} controls): ${p.controlIds.join(", ")}`.slice(0, 512),
          content: p.json,
          tags: defaultTags(config),
        },
        { ...opt, dependsOn: [args.organization] },
      );
      new organizations.PolicyAttachment(`${p.name}-attachment`, { policyId: policy.id, targetId }, opt);
      this.policies.push(policy);
    };
    for (const p of this.guardrails.rootScps) deploy(p, args.rootId);
    for (const p of this.guardrails.rootRcps) deploy(p, args.rootId);
    for (const p of this.guardrails.suspendedScps) deploy(p, args.suspendedOuId);
    this.registerOutputs({});
  }
}
