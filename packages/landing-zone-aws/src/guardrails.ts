/**
 * The organisation's SCP and RCP documents, built from the preventive forms of the Palisade controls (never
 * written here): every Deny statement gets the break-glass exemption, then statements are minified and
 * packed into as few documents as AWS quotas allow. Deterministic: the same controls and config always
 * give byte-identical documents, so a preview shows no spurious policy updates.
 */
import { type AwsGuardrailParams, awsControls, type Control, type IamStatement } from "@palisade/controls";
import type { LandingZoneConfig } from "./config";

/** AWS Organizations quotas: https://docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html */
export const QUOTAS = {
  /** Maximum size of an SCP or RCP document, in characters (whitespace counts, so documents are minified). */
  maxPolicyChars: 5120,
  /** Policies of one type directly attached to one root, OU or account, AWS-managed FullAWSAccess included. */
  maxPoliciesPerTarget: 5,
} as const;

/** FullAWSAccess (SCP) and RCPFullAWSAccess (RCP) stay attached to every target: they take one slot. */
export const OURS_PER_TARGET = QUOTAS.maxPoliciesPerTarget - 1;

export type PolicyKind = "scp" | "rcp";
export type PolicyTarget = "root" | "suspended";

export interface GuardrailOptions extends AwsGuardrailParams {
  /** Roles exempt from every guardrail, by name (`arn:aws:iam::*:role/<name>` in every account). */
  breakGlassRoleNames: readonly string[];
  /** Controls whose preventive forms to deploy; default: every AWS control. */
  controls?: readonly Control[];
}

/** The guardrail parameters a landing zone config implies. */
export function guardrailOptions(config: LandingZoneConfig): GuardrailOptions {
  return {
    organizationId: config.organization.id,
    allowedRegions: config.allowedRegions,
    protectedRoleNames: config.protectedRoleNames,
    automationRoleName: config.organization.automationRoleName,
    breakGlassRoleNames: config.breakGlass.roleNames,
  };
}

export interface GuardrailStatement {
  controlId: string;
  statement: IamStatement;
}

export interface PolicyDocument {
  Version: "2012-10-17";
  Statement: IamStatement[];
}

export interface PackedPolicy {
  /** Stable name, also the Pulumi resource name: `palisade-scp-root-1`. */
  name: string;
  kind: PolicyKind;
  target: PolicyTarget;
  document: PolicyDocument;
  /** Minified JSON: what is deployed and what counts against the quota. */
  json: string;
  size: number;
  sids: string[];
  controlIds: string[];
  /** Statement Sid → the control it comes from. */
  owners: Record<string, string>;
}

export class GuardrailQuotaError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "GuardrailQuotaError";
  }
}

const VERSION = "2012-10-17";
const SID = /^[A-Za-z0-9]+$/;

/** The statements the controls contribute to one kind of policy and target, in catalogue order. */
export function collectStatements(kind: PolicyKind, target: PolicyTarget, opts: GuardrailOptions): GuardrailStatement[] {
  const out: GuardrailStatement[] = [];
  for (const control of opts.controls ?? awsControls) {
    for (const form of control.preventive ?? []) {
      if (
        kind === "scp" &&
        form.kind === "aws-scp" &&
        (form.scope ?? "organization") === (target === "root" ? "organization" : "suspended")
      ) {
        for (const statement of form.statements(opts)) out.push({ controlId: control.id, statement });
      }
      if (kind === "rcp" && form.kind === "aws-rcp" && target === "root") {
        for (const statement of form.statements(opts)) out.push({ controlId: control.id, statement });
      }
    }
  }
  return out;
}

export function breakGlassArns(roleNames: readonly string[]): string[] {
  return roleNames.map((n) => `arn:aws:iam::*:role/${n}`);
}

/**
 * Adds `ArnNotLike aws:PrincipalArn <break-glass roles>` to a Deny statement, merged with an exemption the
 * control already declares (IAM condition keys are case-insensitive; a negated operator with several
 * values means "none of them").
 */
export function withBreakGlassExemption(statement: IamStatement, arns: readonly string[]): IamStatement {
  if (statement.Effect !== "Deny" || arns.length === 0) return statement;
  const condition = structuredClone(statement.Condition ?? {});
  condition.ArnNotLike = { ...condition.ArnNotLike };
  const block = condition.ArnNotLike;
  const existingKey = Object.keys(block).find((k) => k.toLowerCase() === "aws:principalarn");
  const key = existingKey ?? "aws:PrincipalArn";
  const current = block[key];
  const values = [...(Array.isArray(current) ? current : current === undefined ? [] : [String(current)])];
  for (const arn of arns) if (!values.includes(arn)) values.push(arn);
  block[key] = values;
  return { ...statement, Condition: condition };
}

const KEY_ORDER = ["Sid", "Effect", "Principal", "Action", "NotAction", "Resource", "NotResource", "Condition"] as const;

/** Canonical, minified form: fixed key order, one-element lists as plain strings. */
export function minifyStatement(statement: IamStatement): IamStatement {
  const one = <T>(v: T | T[] | undefined) => (Array.isArray(v) && v.length === 1 ? v[0] : v);
  const out: Record<string, unknown> = {};
  for (const key of KEY_ORDER) {
    const value = statement[key];
    if (value === undefined) continue;
    if (key === "Condition") {
      out.Condition = Object.fromEntries(
        Object.entries(value as NonNullable<IamStatement["Condition"]>).map(([op, block]) => [
          op,
          Object.fromEntries(Object.entries(block).map(([k, v]) => [k, one(v as string | string[])])),
        ]),
      );
    } else out[key] = one(value as string | string[]);
  }
  return out as unknown as IamStatement;
}

export function documentJson(statements: readonly IamStatement[]): string {
  return JSON.stringify({ Version: VERSION, Statement: statements });
}

/** Characters a document takes beyond its statements: `{"Version":"2012-10-17","Statement":[]}`. */
const DOCUMENT_OVERHEAD = documentJson([]).length;

/**
 * First-fit decreasing: the largest statements first, each into the first document it fits. Ties break
 * on Sid so the result never depends on input order; inside a document statements keep catalogue order.
 */
export function packStatements(
  statements: readonly GuardrailStatement[],
  label: string,
  maxChars: number = QUOTAS.maxPolicyChars,
  maxDocuments: number = OURS_PER_TARGET,
): GuardrailStatement[][] {
  const sized = statements.map((s, index) => ({ s, index, size: JSON.stringify(s.statement).length }));
  for (const { s, size } of sized) {
    if (size + DOCUMENT_OVERHEAD > maxChars) {
      throw new GuardrailQuotaError(
        `${label}: statement ${s.statement.Sid} of ${s.controlId} is ${size + DOCUMENT_OVERHEAD} characters as a document on its own; a policy holds at most ${maxChars}. Shorten its lists (allowedRegions, protectedRoleNames, breakGlass.roleNames).`,
      );
    }
  }
  const order = [...sized].sort((a, b) => b.size - a.size || (a.s.statement.Sid < b.s.statement.Sid ? -1 : 1));
  const bins: { items: typeof sized; chars: number }[] = [];
  for (const item of order) {
    // Each statement after the first adds a separating comma.
    const bin = bins.find((b) => b.chars + 1 + item.size <= maxChars);
    if (bin) {
      bin.items.push(item);
      bin.chars += 1 + item.size;
    } else bins.push({ items: [item], chars: DOCUMENT_OVERHEAD + item.size });
  }
  if (bins.length > maxDocuments) {
    const total = DOCUMENT_OVERHEAD + sized.reduce((n, x) => n + x.size + 1, -1);
    throw new GuardrailQuotaError(
      `${label}: the statements need ${total.toLocaleString("en-US")} characters minified, packed into ${bins.length} policies of at most ${maxChars.toLocaleString("en-US")} characters, but a target takes at most ${maxDocuments} besides the AWS-managed full-access policy (${QUOTAS.maxPoliciesPerTarget} per target). Deploy fewer preventive controls, shorten allowedRegions, protectedRoleNames or breakGlass.roleNames, or attach some statements to OUs instead of the root.`,
    );
  }
  return bins.map((b) => b.items.sort((x, y) => x.index - y.index).map((x) => x.s));
}

const NAME_PREFIX: Record<PolicyKind, string> = { scp: "palisade-scp", rcp: "palisade-rcp" };

/** Builds the packed documents of one kind and target. */
export function buildPolicies(kind: PolicyKind, target: PolicyTarget, opts: GuardrailOptions): PackedPolicy[] {
  const arns = breakGlassArns(opts.breakGlassRoleNames);
  const statements = collectStatements(kind, target, opts).map(({ controlId, statement }) => ({
    controlId,
    statement: minifyStatement(withBreakGlassExemption(statement, arns)),
  }));
  const sids = new Map<string, string>();
  for (const { controlId, statement } of statements) {
    if (!SID.test(statement.Sid)) throw new Error(`${controlId}: Sid ${JSON.stringify(statement.Sid)} must be letters and digits only`);
    const other = sids.get(statement.Sid);
    if (other)
      throw new Error(
        `Sid ${statement.Sid} is used by both ${other} and ${controlId}; Sids must be unique within the ${kind.toUpperCase()}s`,
      );
    sids.set(statement.Sid, controlId);
  }
  if (statements.length === 0) return [];
  const label = `${kind.toUpperCase()}s for ${target === "root" ? "the organisation root" : "the Suspended OU"}`;
  return packStatements(statements, label).map((bin, i) => {
    const document: PolicyDocument = { Version: VERSION, Statement: bin.map((b) => b.statement) };
    const json = documentJson(document.Statement);
    return {
      name: `${NAME_PREFIX[kind]}-${target}-${i + 1}`,
      kind,
      target,
      document,
      json,
      size: json.length,
      sids: bin.map((b) => b.statement.Sid),
      controlIds: [...new Set(bin.map((b) => b.controlId))],
      owners: Object.fromEntries(bin.map((b) => [b.statement.Sid, b.controlId])),
    };
  });
}

export interface Guardrails {
  /** SCPs attached to the root (apply to every member account). */
  rootScps: PackedPolicy[];
  /** SCPs attached to the Suspended OU only (quarantine). */
  suspendedScps: PackedPolicy[];
  /** RCPs attached to the root. */
  rootRcps: PackedPolicy[];
}

export function buildGuardrails(opts: GuardrailOptions): Guardrails {
  return {
    rootScps: buildPolicies("scp", "root", opts),
    suspendedScps: buildPolicies("scp", "suspended", opts),
    rootRcps: buildPolicies("rcp", "root", opts),
  };
}
