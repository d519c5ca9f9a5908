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
      reason: { type: "string", minLength: 1 },
      expires: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" },
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

function matches(e: Exemption, s: ExemptionSubject): boolean {
  if (e.urn !== undefined && !globToRegExp(e.urn).test(s.urn)) return false;
  if (e.name !== undefined && !globToRegExp(e.name).test(s.name)) return false;
  if (e.type !== undefined && !globToRegExp(e.type).test(s.type)) return false;
  if (e.tag !== undefined) {
    // An unknown tag map cannot prove the exemption applies: fail closed.
    const tags = tagsOf(s.props);
    if (!tags || !(e.tag.key in tags)) return false;
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
  for (const e of exemptions ?? []) {
    if (!matches(e, subject)) continue;
    if (e.expires !== undefined && e.expires < today) {
      expired ??= e;
      continue;
    }
    return { state: "active", exemption: e };
  }
  return expired ? { state: "expired", exemption: expired } : { state: "none" };
}
