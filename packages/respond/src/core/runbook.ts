import type { Exclusions, FailureKind, ResponseAction, ResponseMode, ResponseRecord, RunOptions } from "./types";

/** Thrown by `parse` when an event is meant for a runbook but lacks what it needs. */
export class InvalidEventError extends Error {
  override name = "InvalidEventError";
}

/** Thrown by a run that failed after writing its failure record; the platform retries it or sends it to the dead-letter queue. */
export class RunbookFailedError extends Error {
  override name = "RunbookFailedError";
  constructor(readonly record: ResponseRecord) {
    super(`${record.runbook}: ${record.error?.kind ?? "error"}: ${record.error?.message ?? record.reason ?? "failed"}`);
  }
}

class ExcludedSignal {
  constructor(readonly reason: string) {}
}

/** What a runbook gets to act with: every change goes through `act`, so dry-run and the record cannot be forgotten. */
export interface Responder {
  readonly mode: ResponseMode;
  readonly exclusions: Required<Exclusions>;
  now(): Date;
  /** Performs a change (automatic mode) or only records it (dry-run). Returns the call's result, undefined in dry-run. */
  act<T>(api: string, target: string, params: Record<string, unknown>, call: () => Promise<T>): Promise<T | undefined>;
  /** Records a change that was not needed or not allowed. */
  skip(api: string, target: string, reason: string, params?: Record<string, unknown>): void;
  /** Stops the run: the resource is excluded (tag, break-glass principal, scope). */
  exclude(reason: string): never;
  /** True when one of `tags` matches an excluded tag. */
  tagExcluded(tags: Record<string, string | undefined> | undefined): string | undefined;
}

export interface RespondResult {
  resource: { id: string; scope?: string; region?: string };
  before?: unknown;
  after?: unknown;
  reason?: string;
  /** Alert-only runbooks say so; otherwise the outcome follows from the actions. */
  alertOnly?: boolean;
}

export interface Runbook<Target = unknown, Clients = unknown> {
  /** `<cloud>-<what>`, unique across clouds. */
  id: string;
  cloud: "aws" | "azure" | "gcp";
  /** The control whose response form this runbook implements. */
  controlId: string;
  title: string;
  /** Human description of the trigger and of the action, for docs and `palisade respond`. */
  trigger: string;
  action: string;
  /** Event → target; undefined when the event is not for this runbook. Throws InvalidEventError when it is, but is malformed. */
  parse(event: unknown): Target | undefined;
  /** The trigger's identity for the record. */
  triggerOf(event: unknown): ResponseRecord["trigger"];
  /** Account / subscription / project the target lives in, checked against the exclusions before any call. */
  scopeOf(target: Target): { kind: "account" | "subscription" | "project"; id: string };
  /** What it will do for this target, from the event alone (offline plans). */
  plan(target: Target): string[];
  respond(target: Target, clients: Clients, r: Responder): Promise<RespondResult>;
}

const EMPTY: Required<Exclusions> = { tags: [], accounts: [], subscriptions: [], projects: [], principals: [] };

/** Sorts an SDK error (AWS SDK v3, Azure RestError, Gaxios) into what a responder needs to know. */
export function classifyError(err: unknown): { kind: FailureKind; code?: string; status?: number; message: string } {
  // biome-ignore lint/suspicious/noExplicitAny: three SDKs' error shapes
  const e = err as any;
  const status: number | undefined = e?.$metadata?.httpStatusCode ?? e?.statusCode ?? e?.status ?? e?.response?.status ?? e?.code;
  const named = e?.name && !["Error", "RestError", "GaxiosError"].includes(e.name) ? e.name : undefined;
  const code: string | undefined = e?.Code ?? (typeof e?.code === "string" && !/^\d+$/.test(e.code) ? e.code : undefined) ?? named;
  const message = String(e?.message ?? err);
  const numeric = typeof status === "number" ? status : undefined;
  let kind: FailureKind = "error";
  if (err instanceof InvalidEventError) kind = "invalid-event";
  else if (numeric === 429 || /throttl|TooManyRequests|RequestLimitExceeded|SlowDown|rateLimitExceeded/i.test(`${code} ${message}`))
    kind = "throttled";
  else if (numeric === 403 || numeric === 401 || /AccessDenied|UnauthorizedOperation|AuthorizationFailed|Forbidden/i.test(`${code}`))
    kind = "access-denied";
  else if (numeric === 404 || /NotFound|NoSuch/i.test(`${code}`)) kind = "not-found";
  return { kind, code, status: numeric, message };
}

function matchesTag(rule: string, tags: Record<string, string | undefined>): boolean {
  const eq = rule.indexOf("=");
  if (eq < 0) return Object.hasOwn(tags, rule);
  const key = rule.slice(0, eq);
  return Object.hasOwn(tags, key) && tags[key] === rule.slice(eq + 1);
}

/**
 * Runs one runbook on one event: parse, scope exclusions, respond, record. Every run, whatever its outcome, writes one
 * record to every sink. A failed run (403, 404, throttling after the SDK's retries, any error) throws
 * `RunbookFailedError` after its record is written, so the platform's retries and dead-letter queue see it.
 */
export async function runRunbook<T, C>(runbook: Runbook<T, C>, event: unknown, clients: C, options: RunOptions): Promise<ResponseRecord> {
  const now = options.now ?? (() => new Date());
  const exclusions = { ...EMPTY, ...options.exclusions };
  const actions: ResponseAction[] = [];
  const startedAt = now().toISOString();
  const base = {
    schemaVersion: 1 as const,
    runbook: runbook.id,
    controlId: runbook.controlId,
    cloud: runbook.cloud,
    mode: options.mode,
    startedAt,
  };
  let trigger: ResponseRecord["trigger"];
  try {
    trigger = runbook.triggerOf(event);
  } catch {
    trigger = { source: "unknown", type: "unknown" };
  }
  const finish = async (rest: Omit<ResponseRecord, keyof typeof base | "finishedAt" | "trigger" | "actions">): Promise<ResponseRecord> => {
    const record: ResponseRecord = { ...base, finishedAt: now().toISOString(), trigger, ...rest, actions };
    for (const sink of options.sinks ?? []) await sink.write(record);
    if (record.outcome === "failed") throw new RunbookFailedError(record);
    return record;
  };

  let target: T | undefined;
  try {
    target = runbook.parse(event);
  } catch (err) {
    return finish({ outcome: "failed", error: classifyError(err), reason: "the event could not be read" });
  }
  if (target === undefined) return finish({ outcome: "ignored", reason: "the event is not one this runbook answers" });

  const scope = runbook.scopeOf(target);
  const listed = { account: exclusions.accounts, subscription: exclusions.subscriptions, project: exclusions.projects }[scope.kind];
  if (listed.includes(scope.id)) {
    return finish({ outcome: "excluded", resource: { id: scope.id, scope: scope.id }, reason: `${scope.kind} ${scope.id} is excluded` });
  }

  const responder: Responder = {
    mode: options.mode,
    exclusions,
    now,
    async act(api, targetId, params, call) {
      if (options.mode === "dry-run") {
        actions.push({ api, target: targetId, params, status: "planned" });
        return undefined;
      }
      const result = await call();
      actions.push({ api, target: targetId, params, status: "done" });
      return result;
    },
    skip(api, targetId, reason, params = {}) {
      actions.push({ api, target: targetId, params, status: "skipped", reason });
    },
    exclude(reason) {
      throw new ExcludedSignal(reason);
    },
    tagExcluded(tags) {
      if (!tags) return undefined;
      const hit = exclusions.tags.find((rule) => matchesTag(rule, tags));
      return hit ? `tag ${hit} excludes it` : undefined;
    },
  };

  let partial: RespondResult = { resource: { id: scope.id, scope: scope.id } };
  try {
    partial = await runbook.respond(target, clients, responder);
  } catch (err) {
    if (err instanceof ExcludedSignal) return finish({ outcome: "excluded", resource: partial.resource, reason: err.reason });
    return finish({ outcome: "failed", resource: partial.resource, error: classifyError(err) });
  }
  const changed = actions.some((a) => a.status === "done");
  const planned = actions.some((a) => a.status === "planned");
  const outcome = partial.alertOnly ? "alerted" : changed ? "remediated" : planned ? "would-remediate" : "already-compliant";
  return finish({ outcome, resource: partial.resource, before: partial.before, after: partial.after, reason: partial.reason });
}
