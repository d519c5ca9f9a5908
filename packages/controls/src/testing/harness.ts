import type { Control, ExampleResource, StackResource } from "../model/control";
import { evaluateResource, evaluateStack, settingsFor } from "../model/evaluate";
import { checkProps } from "../model/props";
import { UNKNOWN } from "../model/unknowns";
import type { Verdict } from "../model/verdict";

/**
 * Test helpers: turn a control's examples into stack resources the way a pack would see them, run the
 * control, and find the property paths a check reads (to prove an unknown there never passes).
 */

const PROJECT = "examples";
const STACK = "test";
export const EXAMPLE_STACK_URN = `urn:pulumi:${STACK}::${PROJECT}::pulumi:pulumi:Stack::${PROJECT}-${STACK}`;

export function exampleUrn(type: string, name: string): string {
  return `urn:pulumi:${STACK}::${PROJECT}::${type}::${name}`;
}

/** Builds stack resources from an example; `wrap` decides how props are presented (default: as a pack sees them). */
export function exampleStack(
  example: readonly ExampleResource[],
  // biome-ignore lint/suspicious/noExplicitAny: provider-shaped JSON
  wrap: (wire: Record<string, unknown>) => Record<string, any> = checkProps,
): StackResource[] {
  const named = example.map((r, i) => ({ ...r, name: r.name ?? `${r.type.split(":").pop()?.toLowerCase()}-${i}` }));
  const resources: StackResource[] = named.map((r) => ({
    type: r.type,
    name: r.name,
    urn: exampleUrn(r.type, r.name),
    props: wrap(r.props),
    dependencies: [],
    propertyDependencies: {},
  }));
  const byName = new Map(resources.map((r) => [r.name, r]));
  named.forEach((r, i) => {
    for (const [prop, names] of Object.entries(r.refs ?? {})) {
      const targets = names.map((n) => {
        const t = byName.get(n);
        if (!t) throw new Error(`example of ${r.type}: ref to unknown example resource "${n}"`);
        return t;
      });
      resources[i].propertyDependencies[prop] = targets;
      resources[i].dependencies.push(...targets);
    }
  });
  return resources;
}

/** The verdict of `control` on the example's first resource. */
export function runExample(
  control: Control,
  example: readonly ExampleResource[],
  settings = settingsFor(control),
  // biome-ignore lint/suspicious/noExplicitAny: provider-shaped JSON
  wrap?: (wire: Record<string, unknown>) => Record<string, any>,
): Verdict {
  const resources = exampleStack(example, wrap);
  if (control.check) return evaluateResource(control, resources[0], settings);
  const verdicts = evaluateStack(control, resources, settings, EXAMPLE_STACK_URN);
  const own = verdicts.find((v) => v.urn === resources[0].urn) ?? verdicts[0];
  if (!own) throw new Error(`control ${control.id} gave no verdict for ${resources[0].urn}`);
  const { urn: _urn, ...verdict } = own;
  return verdict as Verdict;
}

/** A property path in an example: which resource, the keys down to the value, and how the check read it. */
export interface ReadPath {
  resource: number;
  path: string[];
  /** `proxy`: read through the props bag (an unknown throws); `peek`: the check's own unknown-aware read. */
  via: "proxy" | "peek";
}

const TARGET = "__getSpecialProxyTarget";

/** The paths a check reads, through the props bag or through `peek`. */
export function readPaths(control: Control, example: readonly ExampleResource[]): ReadPath[] {
  const seen = new Map<string, ReadPath>();
  const record = (resource: number, target: unknown, path: string[], via: ReadPath["via"]): unknown => {
    if (!(target instanceof Object)) return target;
    return new Proxy(target as object, {
      get(obj, prop) {
        // `peek` and `unwrap` ask for the raw object: hand out a recorder that marks reads as peeks.
        if (prop === TARGET) return record(resource, obj, path, "peek");
        if (prop === "__isSpecialProxy") return true;
        const value = (obj as Record<string | symbol, unknown>)[prop];
        if (typeof prop === "symbol" || typeof value === "function") return value;
        if (Array.isArray(obj) && !/^\d+$/.test(prop)) return value;
        const next = [...path, prop];
        const key = `${resource}:${next.join(".")}`;
        if (!seen.has(key) || via === "proxy") seen.set(key, { resource, path: next, via });
        return record(resource, value, next, via);
      },
    });
  };
  let index = 0;
  // biome-ignore lint/suspicious/noExplicitAny: provider-shaped JSON
  runExample(control, example, settingsFor(control), (wire) => record(index++, structuredClone(wire), [], "proxy") as Record<string, any>);
  return [...seen.values()];
}

/** A copy of the example without its `refs`: relations then rest on property values alone. */
export function withoutRefs(example: readonly ExampleResource[]): ExampleResource[] {
  return structuredClone(example).map(({ refs: _refs, ...r }) => r) as ExampleResource[];
}

/** A copy of the example with the value at `at` replaced by the unknown sentinel (creating parents). */
export function withUnknownAt(example: readonly ExampleResource[], at: ReadPath): ExampleResource[] {
  const copy = structuredClone(example) as ExampleResource[];
  let cur: Record<string, unknown> = copy[at.resource].props;
  at.path.forEach((key, i) => {
    if (i === at.path.length - 1) {
      cur[key] = UNKNOWN;
      return;
    }
    const next = cur[key];
    if (next === null || typeof next !== "object") cur[key] = /^\d+$/.test(at.path[i + 1]) ? [] : {};
    cur = cur[key] as Record<string, unknown>;
  });
  return copy;
}
