import { type Policy, parsePolicy } from "./iam-policy";
import { objectsOf } from "./network";

/**
 * Where identity-based policy documents live in @pulumi/aws: the `policy` of a managed policy and of
 * the inline role/user/group policy resources, and each `inlinePolicies[].policy` of a role.
 */
export const IDENTITY_POLICY_TYPES = [
  "aws:iam/policy:Policy",
  "aws:iam/rolePolicy:RolePolicy",
  "aws:iam/userPolicy:UserPolicy",
  "aws:iam/groupPolicy:GroupPolicy",
  "aws:iam/role:Role",
] as const;

/** Resources attaching a managed policy by ARN. */
export const POLICY_ATTACHMENT_TYPES = [
  "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
  "aws:iam/userPolicyAttachment:UserPolicyAttachment",
  "aws:iam/groupPolicyAttachment:GroupPolicyAttachment",
  "aws:iam/policyAttachment:PolicyAttachment",
] as const;

/** Resources that own the full list of a principal's managed policies (`policyArns`). */
export const EXCLUSIVE_ATTACHMENT_TYPES = [
  "aws:iam/rolePolicyAttachmentsExclusive:RolePolicyAttachmentsExclusive",
  "aws:iam/userPolicyAttachmentsExclusive:UserPolicyAttachmentsExclusive",
  "aws:iam/groupPolicyAttachmentsExclusive:GroupPolicyAttachmentsExclusive",
] as const;

export interface PolicySource {
  /** Property path of the document, e.g. `policy` or `inlinePolicies[0].policy`. */
  property: string;
  policy: Policy;
}

// biome-ignore lint/suspicious/noExplicitAny: provider-shaped JSON
type Props = Record<string, any>;

/** The identity policy documents a resource carries (unknown documents throw, see parsePolicy). */
export function identityPolicyDocuments(type: string, props: Props): PolicySource[] {
  const out: PolicySource[] = [];
  if (type === "aws:iam/role:Role") {
    objectsOf(props.inlinePolicies).forEach((inline, i) => {
      const property = `inlinePolicies[${i}].policy`;
      const policy = parsePolicy(inline.policy, property);
      if (policy) out.push({ property, policy });
    });
    return out;
  }
  if ((IDENTITY_POLICY_TYPES as readonly string[]).includes(type)) {
    const policy = parsePolicy(props.policy, "policy");
    if (policy) out.push({ property: "policy", policy });
  }
  return out;
}

/**
 * Managed policy ARNs a resource attaches: `policyArn` of attachments, `managedPolicyArns` of a role,
 * `policyArns` of the exclusive-attachment resources.
 */
export function attachedPolicyArns(type: string, props: Props): Array<{ property: string; arn: string }> {
  if ((POLICY_ATTACHMENT_TYPES as readonly string[]).includes(type)) {
    return typeof props.policyArn === "string" ? [{ property: "policyArn", arn: props.policyArn }] : [];
  }
  const list =
    type === "aws:iam/role:Role"
      ? "managedPolicyArns"
      : (EXCLUSIVE_ATTACHMENT_TYPES as readonly string[]).includes(type)
        ? "policyArns"
        : undefined;
  if (list && Array.isArray(props[list])) {
    return (props[list] as unknown[])
      .map((arn, i) => ({ property: `${list}[${i}]`, arn }))
      .filter((a): a is { property: string; arn: string } => typeof a.arn === "string");
  }
  return [];
}

/** `arn:aws:iam::aws:policy/<name>` in any partition (paths allowed). */
export function isAwsManagedPolicy(arn: string, name: string): boolean {
  return new RegExp(`^arn:aws[a-z-]*:iam::aws:policy/(?:[\\w+=,.@-]+/)*${name}$`).test(arn.trim());
}

/** The name of an AWS-managed policy (`arn:aws:iam::aws:policy/service-role/AWSLambdaRole` → `AWSLambdaRole`), else undefined. */
export function awsManagedPolicyName(arn: string): string | undefined {
  return /^arn:aws[a-z-]*:iam::aws:policy\/(?:[\w+=,.@-]+\/)*([\w+=,.@-]+)$/.exec(arn.trim())?.[1];
}
