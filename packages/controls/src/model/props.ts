import { isUnknownValue, UnknownValueError } from "./unknowns";

/**
 * Turning wire-form properties into what checks read, the way @pulumi/policy does it inside a pack:
 * secrets are unwrapped to their values, unknown sentinels stay, and reading one through the proxy throws.
 * Used by the in-process scanner and the tests, so they see exactly what a pack sees.
 */

const SIG_KEY = "4dabf18193072939515e22adb298388d";
const SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";

export function deserializeWire(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(deserializeWire);
  const obj = value as Record<string, unknown>;
  if (obj[SIG_KEY] === SECRET_SIG) return deserializeWire(obj.value);
  // Own data properties only (as `defineProperty`): an input key `__proto__` stays a key and never becomes
  // the object's prototype, so it cannot supply a value the check reads (`encrypted` through the prototype).
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) if (v !== undefined) defineOwn(out, k, deserializeWire(v));
  return out;
}

/** `out[key] = value` without the `__proto__` setter. */
export function defineOwn(out: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(out, key, { value, writable: true, enumerable: true, configurable: true });
}

const TARGET = "__getSpecialProxyTarget";
const IS_PROXY = "__isSpecialProxy";

/** Same contract as @pulumi/policy's `unknownCheckingProxy`. */
export function unknownCheckingProxy<T>(target: T, path: string[] = []): T {
  if (!(target instanceof Object)) return target;
  return new Proxy(target as unknown as object, {
    get(obj, prop) {
      if (prop === IS_PROXY) return true;
      if (prop === TARGET) return obj;
      const field = (obj as Record<string | symbol, unknown>)[prop];
      const next = [...path, String(prop)];
      if (isUnknownValue(field)) throw new UnknownValueError(next.join("."));
      const desc = Object.getOwnPropertyDescriptor(obj, prop);
      if (desc && "value" in desc && desc.configurable === false && desc.writable === false) return field;
      return unknownCheckingProxy(field, next);
    },
  }) as T;
}

/** Wire-form properties → the proxied bag a check receives. */
// biome-ignore lint/suspicious/noExplicitAny: provider-shaped JSON
export function checkProps(wire: Record<string, unknown>): Record<string, any> {
  // biome-ignore lint/suspicious/noExplicitAny: provider-shaped JSON
  return unknownCheckingProxy(deserializeWire(wire) as Record<string, any>);
}
