import { createHash } from "node:crypto";
import { type Exemption, type ExemptionSubject, findExemption, isIsoDate } from "@palisade/controls";
import type { Acceptance, FindingRecord } from "./model";

/**
 * Accepted findings: a baseline (today's findings, accepted so that only new ones fail) and the
 * exemptions of the policy-pack config. An accepted finding stays in the report with its reason and
 * expiry; once the expiry has passed it counts as new again.
 */

/** The finding's identity across runs: its control (or pack/policy) and URN. The same as SARIF's partial fingerprint. */
export function findingFingerprint(ruleId: string, urn: string): string {
  return createHash("sha256").update(`${ruleId}\n${urn}`).digest("hex").slice(0, 32);
}

export interface BaselineEntry {
  fingerprint: string;
  controlId: string | null;
  urn: string;
  reason: string;
  /** Last day (YYYY-MM-DD) the entry applies; null when it does not expire. */
  expires: string | null;
  acceptedAt: string | null;
}

export interface BaselineDocument {
  kind: "palisade-baseline";
  version: 1;
  createdAt: string;
  tool: { name: "palisade"; version: string };
  entries: BaselineEntry[];
}

export class BaselineError extends Error {
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = "BaselineError";
  }
}

/** A real calendar day as YYYY-MM-DD (`Date.parse` alone accepts 2027-02-30). */
export const isDate = (s: unknown): s is string => isIsoDate(s);

/** Today as the exemptions see it (UTC, YYYY-MM-DD). */
export const today = (now = new Date()): string => now.toISOString().slice(0, 10);

export class Baseline {
  private readonly entries = new Map<string, BaselineEntry>();

  constructor(
    readonly file: string,
    entries: Iterable<BaselineEntry>,
  ) {
    for (const e of entries) if (!this.entries.has(e.fingerprint)) this.entries.set(e.fingerprint, e);
  }

  get size(): number {
    return this.entries.size;
  }

  get(fingerprint: string): BaselineEntry | undefined {
    return this.entries.get(fingerprint);
  }

  /**
   * A baseline file (`--write-baseline`) or a compliance report JSON (`--format json`): in a report, every
   * finding not accepted by an exemption becomes an entry, keeping the reason and expiry it was accepted with.
   */
  static parse(text: string, file: string): Baseline {
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch (e) {
      throw new BaselineError(file, `baseline is not valid JSON: ${(e as Error).message.replace(/, ".*" is not valid JSON/s, "")}`);
    }
    if (!doc || typeof doc !== "object" || Array.isArray(doc)) throw new BaselineError(file, "baseline must be a JSON object");
    const d = doc as Record<string, unknown>;
    if (d.kind === "palisade-baseline") {
      if (d.version !== 1) throw new BaselineError(file, `unsupported baseline version ${JSON.stringify(d.version)} (expected 1)`);
      if (!Array.isArray(d.entries)) throw new BaselineError(file, "baseline has no `entries` array");
      return new Baseline(
        file,
        d.entries.map((e, i) => entry(e, file, `entries[${i}]`)),
      );
    }
    if (d.kind === "palisade-compliance-report") {
      if (!Array.isArray(d.findings)) throw new BaselineError(file, "compliance report has no `findings` array");
      const generatedAt = typeof d.generatedAt === "string" ? d.generatedAt : "an earlier run";
      const entries: BaselineEntry[] = [];
      for (const [i, raw] of d.findings.entries()) {
        const f = raw as Partial<FindingRecord>;
        if (!f || typeof f.fingerprint !== "string" || typeof f.urn !== "string")
          throw new BaselineError(file, `findings[${i}] has no fingerprint and urn`);
        if (f.acceptance?.source === "exemption") continue;
        const fromBaseline = f.acceptance?.source === "baseline" ? f.acceptance : undefined;
        entries.push({
          fingerprint: f.fingerprint,
          controlId: f.controlId ?? null,
          urn: f.urn,
          reason: fromBaseline?.reason ?? `present in the report of ${generatedAt}`,
          expires: fromBaseline?.expires ?? null,
          acceptedAt: fromBaseline ? null : generatedAt,
        });
      }
      return new Baseline(file, entries);
    }
    throw new BaselineError(
      file,
      'not a baseline: expected a file written by `palisade report --write-baseline` (kind "palisade-baseline") or `palisade report --format json` (kind "palisade-compliance-report")',
    );
  }
}

function entry(raw: unknown, file: string, where: string): BaselineEntry {
  if (!raw || typeof raw !== "object") throw new BaselineError(file, `${where} must be an object`);
  const e = raw as Record<string, unknown>;
  if (typeof e.fingerprint !== "string" || e.fingerprint === "") throw new BaselineError(file, `${where}.fingerprint must be a string`);
  if (typeof e.urn !== "string") throw new BaselineError(file, `${where}.urn must be a string`);
  if (typeof e.reason !== "string" || e.reason === "") throw new BaselineError(file, `${where}.reason must be a non-empty string`);
  if (e.expires !== undefined && e.expires !== null && !isDate(e.expires))
    throw new BaselineError(file, `${where}.expires must be a date YYYY-MM-DD (got ${JSON.stringify(e.expires)})`);
  return {
    fingerprint: e.fingerprint,
    controlId: typeof e.controlId === "string" ? e.controlId : null,
    urn: e.urn,
    reason: e.reason,
    expires: (e.expires as string | undefined) ?? null,
    acceptedAt: typeof e.acceptedAt === "string" ? e.acceptedAt : null,
  };
}

/**
 * Today's findings as a baseline. Findings accepted by an exemption are left out (the exemption governs
 * them); findings accepted by a still-valid entry of `previous` keep its reason and expiry.
 */
export function buildBaseline(
  findings: Iterable<FindingRecord>,
  opts: { reason: string; expires: string | null; now: Date; toolVersion: string; previous?: Baseline },
): BaselineDocument {
  const entries = new Map<string, BaselineEntry>();
  for (const f of findings) {
    if (entries.has(f.fingerprint) || f.acceptance?.source === "exemption") continue;
    const kept = f.acceptance?.source === "baseline" && !f.acceptance.expired ? opts.previous?.get(f.fingerprint) : undefined;
    entries.set(
      f.fingerprint,
      kept ?? {
        fingerprint: f.fingerprint,
        controlId: f.controlId,
        urn: f.urn,
        reason: opts.reason,
        expires: opts.expires,
        acceptedAt: opts.now.toISOString(),
      },
    );
  }
  return {
    kind: "palisade-baseline",
    version: 1,
    createdAt: opts.now.toISOString(),
    tool: { name: "palisade", version: opts.toolVersion },
    entries: [...entries.values()].sort((a, b) => (a.controlId ?? "").localeCompare(b.controlId ?? "") || a.urn.localeCompare(b.urn)),
  };
}

/** Decides whether a finding is accepted: an active exemption, else an active baseline entry, else an expired one of either. */
export function acceptanceOf(
  fingerprint: string,
  exemptions: readonly Exemption[] | undefined,
  subject: ExemptionSubject,
  baseline: Baseline | undefined,
  day: string,
): Acceptance | null {
  const exemption = exemptions && exemptions.length > 0 ? findExemption(exemptions, subject, day) : { state: "none" as const };
  if (exemption.state === "active") return fromExemption(exemption.exemption, false);
  const entry = baseline?.get(fingerprint);
  const entryExpired = entry?.expires != null && entry.expires < day;
  if (entry && !entryExpired) return { source: "baseline", reason: entry.reason, expires: entry.expires, expired: false };
  if (exemption.state === "expired") return fromExemption(exemption.exemption, true);
  if (entry) return { source: "baseline", reason: entry.reason, expires: entry.expires, expired: true };
  return null;
}

function fromExemption(e: Exemption, expired: boolean): Acceptance {
  return { source: "exemption", reason: e.reason, expires: e.expires ?? null, expired };
}
