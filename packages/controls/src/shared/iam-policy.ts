import { isUnknownValue, UnknownValueError } from "../model/unknowns";
import { expandActionPattern, wildcardMatches } from "./iam-actions";

/**
 * One parser for every IAM-language document a resource carries: identity policies (`aws.iam.Policy`,
 * `RolePolicy`, `UserPolicy`, `GroupPolicy`, a role's `inlinePolicies`), trust policies
 * (`assumeRolePolicy`) and resource policies (bucket, key, topic, queue, secret, repository, domain …).
 *
 * Documents arrive as JSON strings (`JSON.stringify`, `aws.iam.getPolicyDocument().json`) or as objects
 * (`aws.iam.PolicyDocument`). The parser normalises what IAM itself normalises: a single statement object
 * becomes a one-element list, string-or-list elements (`Action`, `NotAction`, `Resource`, `NotResource`,
 * principal values, condition values) become lists. It reads through the CrossGuard proxy, so an unknown
 * document, or an unknown value anywhere inside one, throws `UnknownValueError` and the check becomes
 * "cannot be evaluated at preview" rather than passing.
 */

export interface Principal {
  /** `"*"` or `{"AWS": "*"}`: anyone, authenticated or not. */
  wildcard: boolean;
  aws: string[];
  service: string[];
  federated: string[];
  canonicalUser: string[];
}

export interface Condition {
  /** As written, e.g. `StringEquals`, `ForAnyValue:StringLike`, `BoolIfExists`. */
  operator: string;
  /** As written, e.g. `aws:SourceArn`; compare case-insensitively. */
  key: string;
  values: string[];
}

export interface Statement {
  index: number;
  sid?: string;
  effect: string;
  actions?: string[];
  notActions?: string[];
  resources?: string[];
  notResources?: string[];
  principal?: Principal;
  notPrincipal?: Principal;
  conditions: Condition[];
}

export interface Policy {
  statements: Statement[];
  /** Set when (part of) the document is not valid policy JSON; AWS rejects such documents. */
  invalid?: string;
}

// biome-ignore lint/suspicious/noExplicitAny: policy documents are free-form JSON
type Json = any;

function known(v: unknown, path: string): unknown {
  if (isUnknownValue(v)) throw new UnknownValueError(path);
  return v;
}

function isObject(v: unknown): v is Record<string, Json> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

/** A string-or-list element as a list of strings (numbers and booleans as text, as IAM reads them). */
function strings(v: unknown, path: string): string[] | undefined {
  known(v, path);
  if (v === undefined || v === null) return undefined;
  const items = Array.isArray(v) ? v.map((x, i) => known(x, `${path}.${i}`)) : [v];
  return items.filter((x) => typeof x === "string" || typeof x === "number" || typeof x === "boolean").map(String);
}

/** Reads a key case-insensitively (IAM element names are case-sensitive, but a typo must not hide a grant). */
function field(obj: Record<string, Json>, name: string, path: string): unknown {
  if (name in obj) return known(obj[name], `${path}.${name}`);
  const lower = name.toLowerCase();
  const k = Object.keys(obj).find((key) => key.toLowerCase() === lower);
  return k === undefined ? undefined : known(obj[k], `${path}.${k}`);
}

function parsePrincipal(v: unknown, path: string): Principal | undefined {
  known(v, path);
  if (v === undefined || v === null) return undefined;
  const p: Principal = { wildcard: false, aws: [], service: [], federated: [], canonicalUser: [] };
  if (typeof v === "string") {
    if (v.trim() === "*") p.wildcard = true;
    else p.aws.push(v);
    return p;
  }
  if (!isObject(v)) return p;
  for (const key of Object.keys(v)) {
    const values = strings(v[key], `${path}.${key}`) ?? [];
    switch (key.toLowerCase()) {
      case "aws":
        p.aws.push(...values);
        break;
      case "service":
        p.service.push(...values);
        break;
      case "federated":
        p.federated.push(...values);
        break;
      case "canonicaluser":
        p.canonicalUser.push(...values);
        break;
    }
  }
  if (p.aws.some((a) => a.trim() === "*")) p.wildcard = true;
  return p;
}

function parseConditions(v: unknown, path: string): Condition[] {
  known(v, path);
  if (!isObject(v)) return [];
  const out: Condition[] = [];
  for (const operator of Object.keys(v)) {
    const block = known(v[operator], `${path}.${operator}`);
    if (!isObject(block)) continue;
    for (const key of Object.keys(block)) {
      out.push({ operator, key, values: strings(block[key], `${path}.${operator}.${key}`) ?? [] });
    }
  }
  return out;
}

function parseStatement(s: Record<string, Json>, index: number, path: string): Statement {
  const sid = field(s, "Sid", path);
  const effect = field(s, "Effect", path);
  return {
    index,
    sid: typeof sid === "string" ? sid : undefined,
    effect: typeof effect === "string" ? effect : "",
    actions: strings(field(s, "Action", path), `${path}.Action`),
    notActions: strings(field(s, "NotAction", path), `${path}.NotAction`),
    resources: strings(field(s, "Resource", path), `${path}.Resource`),
    notResources: strings(field(s, "NotResource", path), `${path}.NotResource`),
    principal: parsePrincipal(field(s, "Principal", path), `${path}.Principal`),
    notPrincipal: parsePrincipal(field(s, "NotPrincipal", path), `${path}.NotPrincipal`),
    conditions: parseConditions(field(s, "Condition", path), `${path}.Condition`),
  };
}

/**
 * Parses a policy document given as a JSON string or an object. Returns `undefined` when there is no
 * document (absent, null or empty string); throws `UnknownValueError` when it, or a value in it, is
 * unknown; never throws on malformed input (the result then carries `invalid`).
 */
export function parsePolicy(value: unknown, path = "policy"): Policy | undefined {
  known(value, path);
  if (value === undefined || value === null) return undefined;
  let doc: unknown = value;
  if (typeof value === "string") {
    if (value.trim() === "") return undefined;
    try {
      doc = JSON.parse(value);
    } catch {
      return { statements: [], invalid: `${path} is not valid JSON` };
    }
  }
  if (!isObject(doc)) return { statements: [], invalid: `${path} is not a JSON object` };
  const raw = field(doc, "Statement", path);
  if (raw === undefined || raw === null) return { statements: [], invalid: `${path} has no Statement` };
  const list = Array.isArray(raw) ? raw : [raw];
  const statements: Statement[] = [];
  let invalid: string | undefined;
  list.forEach((s, i) => {
    const at = `${path}.Statement${Array.isArray(raw) ? `.${i}` : ""}`;
    known(s, at);
    if (isObject(s)) statements.push(parseStatement(s, i, at));
    else invalid ??= `${at} is not an object`;
  });
  return invalid ? { statements, invalid } : { statements };
}

/** A short human name for a statement in messages. */
export function describeStatement(s: Statement): string {
  return s.sid ? `statement ${s.index} ("${s.sid}")` : `statement ${s.index}`;
}

export const isAllow = (s: Statement): boolean => s.effect.trim().toLowerCase() === "allow";
export const isDeny = (s: Statement): boolean => s.effect.trim().toLowerCase() === "deny";

// ---------------------------------------------------------------------------------------------------
// Actions and resources

/** The pattern by which an Allow statement grants `action`, or undefined. */
export function grantingPattern(s: Statement, action: string): string | undefined {
  if (!isAllow(s)) return undefined;
  if (s.actions) return s.actions.find((p) => wildcardMatches(p.trim(), action));
  if (s.notActions && !s.notActions.some((p) => wildcardMatches(p.trim(), action))) {
    return `NotAction ${JSON.stringify(s.notActions)}`;
  }
  return undefined;
}

/** True when the statement's Action (or NotAction) covers `action`, whatever its effect. */
export function coversAction(s: Statement, action: string): boolean {
  if (s.actions) return s.actions.some((p) => wildcardMatches(p.trim(), action));
  if (s.notActions) return !s.notActions.some((p) => wildcardMatches(p.trim(), action));
  return false;
}

/** `Resource: "*"` or a `NotResource` (which covers everything not listed). */
export function coversAllResources(s: Statement): boolean {
  return (s.resources?.some((r) => r.trim() === "*") ?? false) || s.notResources !== undefined;
}

/**
 * True when the statement applies to every resource of a type rather than to named ones: `*`,
 * `NotResource`, or an ARN whose resource part is only a wildcard (`arn:aws:iam::*:role/*`,
 * `arn:aws:lambda:*:123456789012:function:*`).
 */
export function hasUnscopedResource(s: Statement): boolean {
  if (coversAllResources(s)) return true;
  return (s.resources ?? []).some((r) => /^arn:[^:]*:[^:]*:[^:]*:[^:]*:(\*|[A-Za-z0-9_-]+[/:]\*)$/.test(r.trim()));
}

/** A few of the real actions a wildcard pattern grants, for messages: `iam:Put* (iam:PutGroupPolicy, …)`. */
export function explainPattern(pattern: string): string {
  if (!pattern.includes("*") && !pattern.includes("?")) return pattern;
  if (pattern.startsWith("NotAction") || pattern.trim() === "*") return pattern;
  const expanded = expandActionPattern(pattern);
  if (expanded.length === 0) return pattern;
  const shown = expanded.slice(0, 4).join(", ");
  return `${pattern} (${expanded.length} action${expanded.length === 1 ? "" : "s"}: ${shown}${expanded.length > 4 ? ", …" : ""})`;
}

/**
 * The unconditional grant of `action` on unscoped resources in a policy: the first Allow statement
 * without a Condition that covers it, unless an unconditional Deny on all resources covers it too.
 * Conditions are not judged (a condition may or may not narrow a grant), so conditioned statements
 * neither grant nor deny here.
 */
export function unconditionalGrant(policy: Policy, action: string): { statement: Statement; pattern: string } | undefined {
  const denied = policy.statements.some((s) => isDeny(s) && s.conditions.length === 0 && coversAllResources(s) && coversAction(s, action));
  if (denied) return undefined;
  for (const s of policy.statements) {
    if (s.conditions.length > 0 || !hasUnscopedResource(s)) continue;
    const pattern = grantingPattern(s, action);
    if (pattern) return { statement: s, pattern };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------
// Principals and conditions

/** Condition keys that narrow who may use a grant (lower case). */
const CALLER_RESTRICTING_KEYS = new Set([
  "aws:sourcearn",
  "aws:sourceaccount",
  "aws:sourceowner",
  "aws:sourceorgid",
  "aws:sourceorgpaths",
  "aws:sourcevpc",
  "aws:sourcevpce",
  "aws:sourceip",
  "aws:principalarn",
  "aws:principalaccount",
  "aws:principalorgid",
  "aws:principalorgpaths",
  "aws:principalservicename",
  "aws:userid",
  "aws:username",
  "kms:calleraccount",
  "lambda:eventsourcetoken",
]);

/**
 * Conditions that restrict the caller: a key from the set above, under a positive operator (not `…Not…`,
 * not `…IfExists` — an absent key then satisfies it —, not `ForAllValues:` — an empty set satisfies it —,
 * not `Null`), with no value that is only a wildcard or an open address range.
 */
export function callerRestrictingConditions(s: Statement): Condition[] {
  return s.conditions.filter((c) => {
    const op = c.operator.toLowerCase();
    if (op.includes("not") || op.endsWith("ifexists") || op.startsWith("forallvalues:") || op === "null") return false;
    if (!CALLER_RESTRICTING_KEYS.has(c.key.trim().toLowerCase())) return false;
    if (c.values.length === 0) return false;
    return !c.values.some((v) => /^\**$/.test(v.trim()) || v.trim() === "0.0.0.0/0" || v.trim() === "::/0");
  });
}

export function isPublicPrincipal(p: Principal | undefined): boolean {
  return p !== undefined && (p.wildcard || p.aws.some((a) => a.trim() === "*"));
}

/**
 * An Allow statement anyone may use: `Principal: "*"` (or `{"AWS": "*"}`), or a `NotPrincipal` (which
 * allows everyone not listed), with no condition that restricts the caller.
 */
export function isPublicStatement(s: Statement): boolean {
  if (!isAllow(s)) return false;
  const open = isPublicPrincipal(s.principal) || s.notPrincipal !== undefined;
  return open && callerRestrictingConditions(s).length === 0;
}

/** The public statements of a resource policy. */
export function publicStatements(policy: Policy | undefined): Statement[] {
  return policy ? policy.statements.filter(isPublicStatement) : [];
}

/** The account id an AWS principal names (`123456789012`, `arn:aws:iam::123456789012:role/x`), if any. */
export function principalAccount(aws: string): string | undefined {
  const s = aws.trim();
  if (/^\d{12}$/.test(s)) return s;
  return /^arn:[^:]+:(?:iam|sts)::(\d{12}):/.exec(s)?.[1];
}

/** `123456789012` or `arn:aws:iam::123456789012:root`: the account itself (delegating to its IAM policies). */
export function isAccountRoot(aws: string): boolean {
  const s = aws.trim();
  return /^\d{12}$/.test(s) || /^arn:[^:]+:iam::\d{12}:root$/.test(s);
}

/** Condition lookup by key (case-insensitive), optionally restricted to operators matching `operator`. */
export function conditionsOn(s: Statement, key: string, operator?: RegExp): Condition[] {
  const k = key.toLowerCase();
  return s.conditions.filter((c) => c.key.trim().toLowerCase() === k && (!operator || operator.test(c.operator)));
}
