import { peek } from "./unknowns";

/**
 * An exemption from one control, from the policy-pack config. Matches by URN, resource name or type
 * (glob patterns with `*`), or by a tag/label; every exemption carries a reason and may expire.
 */
export interface Exemption {
  urn?: string;
  name?: string;
  type?: string;
  tag?: { key: string; value?: string };
  reason: string;
  /** ISO date (YYYY-MM-DD); the exemption stops applying after this day. */
  expires?: string;
}

/** JSON Schema of the `exemptions` setting every control accepts. */
export const EXEMPTIONS_SCHEMA = {
  type: "array",
  description: "Resources exempted from this control, each with a reason and an optional expiry date.",
  items: {
    type: "object",
    additionalProperties: false,
    required: ["reason"],
    anyOf: [{ required: ["urn"] }, { required: ["name"] }, { required: ["type"] }, { required: ["tag"] }],
    properties: {
      urn: { type: "string", description: "URN or glob pattern (* matches any run of characters)." },
      name: { type: "string", description: "Resource name or glob pattern." },
      type: { type: "string", description: "Type token or glob pattern, e.g. aws:s3/*." },
      tag: {
        type: "object",
        additionalProperties: false,
        required: ["key"],
        properties: { key: { type: "string" }, value: { type: "string" } },
      },
      // Not blank: an exemption is an accepted risk, and the reason is what an auditor reads.
      reason: { type: "string", minLength: 1, pattern: "\\S" },
      // A real calendar day (2027-02-30 is refused), compared as a date.
      expires: { type: "string", format: "date", pattern: "^\\d{4}-\\d{2}-\\d{2}$" },
    },
  },
} as const;

function globToRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*");
  return new RegExp(`^${escaped}$`);
}

export interface ExemptionSubject {
  urn: string;
  name: string;
  type: string;
  props: unknown;
}

export type ExemptionMatch = { state: "none" } | { state: "active"; exemption: Exemption } | { state: "expired"; exemption: Exemption };

function tagsOf(props: unknown): Record<string, unknown> | undefined {
  // AWS and Azure call them tags, GCP calls them labels.
  for (const key of ["tags", "labels"]) {
    const v = peek(props, key);
    if (v.known && v.value && typeof v.value === "object") return v.value as Record<string, unknown>;
  }
  return undefined;
}

/** YYYY-MM-DD naming a real calendar day. */
export function isIsoDate(s: unknown): s is string {
  if (typeof s !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/**
 * Config is validated before any run, but a pack may be configured by another CLI: an exemption without a
 * matcher or a reason never applies, rather than exempting everything.
 */
function wellFormed(e: Exemption): boolean {
  if (!e || typeof e !== "object") return false;
  const hasMatcher = e.urn !== undefined || e.name !== undefined || e.type !== undefined || e.tag !== undefined;
  for (const m of [e.urn, e.name, e.type]) if (m !== undefined && typeof m !== "string") return false;
  if (e.tag !== undefined && (typeof e.tag !== "object" || e.tag === null || typeof e.tag.key !== "string")) return false;
  return hasMatcher && typeof e.reason === "string" && /\S/.test(e.reason);
}

function matches(e: Exemption, s: ExemptionSubject): boolean {
  if (!wellFormed(e)) return false;
  if (e.urn !== undefined && !globToRegExp(e.urn).test(s.urn)) return false;
  if (e.name !== undefined && !globToRegExp(e.name).test(s.name)) return false;
  if (e.type !== undefined && !globToRegExp(e.type).test(s.type)) return false;
  if (e.tag !== undefined) {
    // An unknown tag map cannot prove the exemption applies: fail closed.
    const tags = tagsOf(s.props);
    // Own keys only: `constructor` or `__proto__` is in every object's prototype chain, not in its tags.
    if (!tags || !Object.hasOwn(tags, e.tag.key)) return false;
    if (e.tag.value !== undefined && tags[e.tag.key] !== e.tag.value) return false;
  }
  return true;
}

/** The first matching exemption; an expired one is reported as such and does not apply. */
export function findExemption(
  exemptions: readonly Exemption[] | undefined,
  subject: ExemptionSubject,
  today: string = new Date().toISOString().slice(0, 10),
): ExemptionMatch {
  let expired: Exemption | undefined;
  for (const e of Array.isArray(exemptions) ? exemptions : []) {
    if (!matches(e, subject)) continue;
    // An expiry that is no real date cannot prove the exemption still holds: treat it as expired.
    if (e.expires !== undefined && (!isIsoDate(e.expires) || e.expires < today)) {
      expired ??= e;
      continue;
    }
    return { state: "active", exemption: e };
  }
  return expired ? { state: "expired", exemption: expired } : { state: "none" };
}
