import type { StackResource } from "../../model/control";
import type { AwsGuardrailParams, IamStatement } from "../../model/preventive";
import type { StackView } from "../../model/stack-view";
import { containsUnknown, peek } from "../../model/unknowns";
import { cannotEvaluate, fail, notApplicable, pass, type Verdict } from "../../model/verdict";

/**
 * Shared by the organisation guardrail controls: how a stack that manages an AWS Organization expresses
 * "the organisation enforces X" (a Deny statement in an SCP or RCP attached to the root or to an OU), and
 * the pieces of IAM policy language the controls and their checks agree on.
 */

export const ORGANIZATION = "aws:organizations/organization:Organization";
export const ORG_POLICY = "aws:organizations/policy:Policy";
export const ORG_POLICY_ATTACHMENT = "aws:organizations/policyAttachment:PolicyAttachment";
export const ORG_UNIT = "aws:organizations/organizationalUnit:OrganizationalUnit";

/** The role AWS Organizations creates in every account it vends, which the landing zone's automation assumes. */
export const DEFAULT_AUTOMATION_ROLE = "OrganizationAccountAccessRole";

export function automationRoleArn(params: AwsGuardrailParams): string {
  return `arn:aws:iam::*:role/${params.automationRoleName ?? DEFAULT_AUTOMATION_ROLE}`;
}

/** Condition that keeps the landing zone's automation able to manage what the statement protects. */
export function exceptAutomation(params: AwsGuardrailParams): IamStatement["Condition"] {
  return { ArnNotLike: { "aws:PrincipalArn": automationRoleArn(params) } };
}

// biome-ignore lint/suspicious/noExplicitAny: IAM policy JSON
type Json = any;

export function listOf(v: unknown): unknown[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

/** IAM wildcard match (`*` any run, `?` one character), case-insensitive as IAM action names are. */
export function iamGlob(pattern: string, value: string): boolean {
  const re = pattern
    .replace(/[.+^${}()|[\]\\]/g, "\\$&")
    .replace(/\*/g, ".*")
    .replace(/\?/g, ".");
  return new RegExp(`^${re}$`, "i").test(value);
}

/** The statements of a policy document given as JSON text or as an object; `undefined` when it is neither. */
export function statementsOf(document: unknown): Json[] | undefined {
  let doc: unknown = document;
  if (typeof doc === "string") {
    try {
      doc = JSON.parse(doc);
    } catch {
      return undefined;
    }
  }
  if (doc === null || typeof doc !== "object" || Array.isArray(doc)) return undefined;
  return listOf((doc as Json).Statement).filter((s) => s !== null && typeof s === "object" && !Array.isArray(s));
}

/** True when the statement's Action list covers `action` (through `*` patterns too). */
export function coversAction(statement: Json, action: string): boolean {
  if (statement.NotAction !== undefined) return false;
  return listOf(statement.Action).some((a) => typeof a === "string" && iamGlob(a, action));
}

const EXEMPTION_OPERATORS = new Set(["arnnotlike", "arnnotequals", "stringnotlike", "stringnotequals"]);

/**
 * A Deny statement's conditions that only narrow *who* is exempt (the break-glass and automation roles)
 * do not weaken it for everyone else; any other condition makes it conditional, and `extra` names the
 * conditions a control expects (e.g. `aws:RequestedRegion`).
 */
export function onlyExemptionConditions(statement: Json, extra: (operator: string, key: string, value: unknown) => boolean = () => false) {
  const condition = statement.Condition;
  if (condition === undefined) return true;
  if (condition === null || typeof condition !== "object") return false;
  return Object.entries(condition as Record<string, unknown>).every(([operator, block]) => {
    if (block === null || typeof block !== "object") return false;
    return Object.entries(block as Record<string, unknown>).every(
      ([key, value]) =>
        extra(operator.toLowerCase(), key.toLowerCase(), value) ||
        (EXEMPTION_OPERATORS.has(operator.toLowerCase()) && key.toLowerCase() === "aws:principalarn"),
    );
  });
}

export const isDeny = (s: Json) => s.Effect === "Deny";
export const allResources = (s: Json) => s.NotResource === undefined && (s.Resource === undefined || listOf(s.Resource).includes("*"));

export type PolicyTarget = { kind: "root" } | { kind: "ou"; name: string };

function describeTarget(target: PolicyTarget): string {
  return target.kind === "root" ? "the organisation root" : `the ${target.name} OU`;
}

/** Whether an attachment's target is `target`: `known` false when it cannot be told at preview. */
function attachedTo(attachment: StackResource, target: PolicyTarget, stack: StackView): { known: boolean; matches: boolean } {
  const deps = attachment.propertyDependencies.targetId ?? [];
  if (target.kind === "root") {
    // The root id comes from the organisation's `roots` output, or is written literally (r-xxxx).
    if (deps.some((d) => d.type === ORGANIZATION)) return { known: true, matches: true };
    const id = peek(attachment.props, "targetId");
    if (!id.known) return { known: deps.length > 0, matches: false };
    return { known: true, matches: typeof id.value === "string" && /^r-[0-9a-z]{4,32}$/.test(id.value) };
  }
  const ous = stack.ofType([ORG_UNIT]);
  const named = (ou: StackResource) => {
    const n = peek(ou.props, "name");
    return { known: n.known, matches: n.known && n.value === target.name };
  };
  for (const d of deps.filter((x) => x.type === ORG_UNIT)) {
    const n = named(d);
    if (!n.known) return { known: false, matches: false };
    if (n.matches) return { known: true, matches: true };
  }
  if (deps.length > 0) return { known: true, matches: false };
  const id = peek(attachment.props, "targetId");
  if (!id.known) return { known: false, matches: false };
  let unidentified = false;
  for (const ou of ous) {
    const ouId = peek(ou.props, "id");
    if (!ouId.known) unidentified = true;
    else if (ouId.value === id.value && typeof id.value === "string") return named(ou);
  }
  return { known: !unidentified, matches: false };
}

export interface GuardrailRequirement {
  policyType: "SERVICE_CONTROL_POLICY" | "RESOURCE_CONTROL_POLICY";
  target: PolicyTarget;
  /** What the statement must do, in words, for the failure message. */
  what: string;
  /** Decides whether a statement (already parsed) enforces the requirement. */
  enforces: (statement: Json) => boolean;
}

/**
 * "The organisation enforces X": applicable to stacks that manage the organisation; passes when a policy
 * of the right type carries a statement that enforces X and is attached to the required target. An
 * unknown policy text, type or attachment that could change the answer yields cannot-evaluate, never pass.
 */
export function requireGuardrail(stack: StackView, req: GuardrailRequirement): Verdict & { subjectUrn?: string } {
  const org = stack.ofType([ORGANIZATION])[0];
  if (!org) return notApplicable("the stack does not manage an AWS Organization");
  let undecided: string | undefined;
  const kind = req.policyType === "SERVICE_CONTROL_POLICY" ? "SCP" : "RCP";
  for (const policy of stack.ofType([ORG_POLICY])) {
    const type = peek(policy.props, "type");
    if (!type.known) {
      undecided ??= `${policy.name}.type`;
      continue;
    }
    if ((type.value ?? "SERVICE_CONTROL_POLICY") !== req.policyType) continue;
    const content = peek(policy.props, "content");
    if (!content.known || containsUnknown(content.value)) {
      undecided ??= `${policy.name}.content`;
      continue;
    }
    const statements = statementsOf(content.value) ?? [];
    if (!statements.some((s) => isDeny(s) && req.enforces(s))) continue;
    const { found, undecided: unlinked } = stack.referencingOrUnknown(policy, [ORG_POLICY_ATTACHMENT], "policyId", ["id"]);
    for (const attachment of found) {
      const t = attachedTo(attachment, req.target, stack);
      if (t.matches) return { ...pass(), subjectUrn: org.urn };
      if (!t.known) undecided ??= `${attachment.name}.targetId`;
    }
    if (unlinked.length > 0) undecided ??= `${unlinked[0].name}.policyId`;
  }
  if (undecided) return { ...cannotEvaluate(undecided, `${undecided} is unknown and may complete the guardrail`), subjectUrn: org.urn };
  return {
    ...fail(
      req.policyType === "SERVICE_CONTROL_POLICY" ? "scp" : "rcp",
      `no ${kind} attached to ${describeTarget(req.target)} ${req.what}`,
    ),
    subjectUrn: org.urn,
  };
}
