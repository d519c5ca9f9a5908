/**
 * Unknown values. At preview the engine sends provider-computed values as sentinel strings, and
 * CrossGuard hands checks a proxy that throws `UnknownValueError` when one is read. A check may let that
 * happen (the outcome becomes "cannot be evaluated at preview"), or use `peek` to look without throwing,
 * e.g. to correlate resources whose ids are still unknown. Either way an unknown never passes silently.
 */

export const UNKNOWN_SENTINELS: ReadonlySet<string> = new Set([
  "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7", // boolean
  "3eeb2bf0-c639-47a8-9e75-3b44932eb421", // number
  "04da6b54-80e4-46f7-96ec-b56ff0331ba9", // string
  "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2", // array
  "030794c1-ac77-496b-92df-f27374a8bd58", // asset
  "e48ece36-62e2-4504-bad9-02848725956a", // archive
  "dd056dcd-154b-4c76-9bd3-c8f88648b5ff", // object
]);
export const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

/** The proxy of @pulumi/policy answers this key with the object it wraps. */
const PROXY_TARGET_KEY = "__getSpecialProxyTarget";

export function isUnknownValue(v: unknown): boolean {
  return typeof v === "string" && UNKNOWN_SENTINELS.has(v);
}

/** The plain object behind a CrossGuard unknown-checking proxy (or the value itself). */
export function unwrap<T>(v: T): T {
  if (v !== null && typeof v === "object") {
    const target = (v as Record<string, unknown>)[PROXY_TARGET_KEY];
    if (target !== undefined && target !== true) return target as T;
  }
  return v;
}

export type Peeked = { known: true; value: unknown } | { known: false; path: string };

/**
 * Reads `path` ("a.b.0.c") without throwing on unknowns. `known: false` when the value, or any object on
 * the way to it, is unknown. A missing value is known and `undefined`.
 */
export function peek(obj: unknown, path: string): Peeked {
  let cur: unknown = unwrap(obj);
  if (isUnknownValue(cur)) return { known: false, path };
  for (const key of path === "" ? [] : path.split(".")) {
    if (cur === null || cur === undefined || typeof cur !== "object") return { known: true, value: undefined };
    cur = unwrap((cur as Record<string, unknown>)[key]);
    if (isUnknownValue(cur)) return { known: false, path };
  }
  return { known: true, value: cur };
}

/** True when `value` holds an unknown anywhere inside it. */
export function containsUnknown(value: unknown): boolean {
  const v = unwrap(value);
  if (isUnknownValue(v)) return true;
  if (Array.isArray(v)) return v.some(containsUnknown);
  if (v !== null && typeof v === "object") return Object.values(v).some(containsUnknown);
  return false;
}

/**
 * Thrown by checks (or by the CrossGuard proxy, whose error has the same name) when a value needed for the
 * decision is unknown at preview.
 */
export class UnknownValueError extends Error {
  constructor(readonly path: string) {
    super(`value at .${path} can't be known during preview`);
    this.name = "UnknownValueError";
  }
}

/** Recognises our error and the @pulumi/policy proxy's (a different class with the same meaning). */
export function isUnknownValueError(e: unknown): e is Error & { props?: string[]; path?: string } {
  return (
    e instanceof UnknownValueError ||
    (e instanceof Error && e.constructor?.name === "UnknownValueError" && /can't be known during preview/.test(e.message))
  );
}

/** A plain copy of a value that may contain CrossGuard proxies; unknown sentinels are kept as they are. */
export function toPlain(value: unknown): unknown {
  const v = unwrap(value);
  if (Array.isArray(v)) return v.map(toPlain);
  if (v !== null && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toPlain(x)]));
  return v;
}
