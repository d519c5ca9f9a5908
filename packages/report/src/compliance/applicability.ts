import { type Control, type ControlSettings, checkProps, evaluateStack, type StackResource } from "@palisade/controls";
import { NOT_IN_NEW_STATE_OPS, NOT_REGISTERED_OPS, rootStackUrn, type StackSnapshot } from "@palisade/engine";

/**
 * Which resources each control applied to in a stack, so that a report can say "pass" (applied, no
 * finding) and not only "fail". It follows what the analyzer does:
 *
 * - a resource check runs on every registered resource of its types, unless the check itself said
 *   "not applicable" for one (the in-process analyzer reports that per resource: `notApplicable`);
 * - a correlated check decides every resource of its types in the new state;
 * - a stack check decides the stack as a whole: it applies unless its verdict is "not applicable"
 *   (e.g. the stack manages no AWS Organization), which the pack does not report, so it is asked here.
 */

export interface Applicability {
  /** Resources the control decided (1 for a stack-wide control: the stack). */
  applicable: number;
  /** Why it did not apply, when the check said. */
  note: string | null;
}

export interface ApplicabilityOptions {
  /** Per URN, the controls the analyzer reported not applicable to that resource (in-process runs). */
  notApplicable?: ReadonlyMap<string, ReadonlySet<string>>;
  /** The control's settings as configured (for stack checks, which may depend on them). */
  settings?: (control: Control) => ControlSettings;
}

export function applicability(
  snapshot: StackSnapshot,
  controls: readonly Control[],
  opts: ApplicabilityOptions = {},
): Map<string, Applicability> {
  const registered = new Map<string, string[]>(); // type → URNs
  const inNewState = new Map<string, number>(); // type → count
  for (const r of snapshot.resources) {
    if (!NOT_REGISTERED_OPS.has(r.op ?? "")) {
      const list = registered.get(r.type);
      if (list) list.push(r.urn);
      else registered.set(r.type, [r.urn]);
    }
    if (!NOT_IN_NEW_STATE_OPS.has(r.op ?? "")) inNewState.set(r.type, (inNewState.get(r.type) ?? 0) + 1);
  }
  let stackResources: StackResource[] | undefined;
  const out = new Map<string, Applicability>();
  for (const control of controls) {
    if (control.check) {
      let n = 0;
      for (const type of control.resourceTypes) {
        for (const urn of registered.get(type) ?? []) if (!opts.notApplicable?.get(urn)?.has(control.id)) n++;
      }
      out.set(control.id, { applicable: n, note: null });
    } else if (control.correlatedCheck) {
      const n = control.resourceTypes.reduce((sum, type) => sum + (inNewState.get(type) ?? 0), 0);
      out.set(control.id, { applicable: n, note: n === 0 ? `no ${control.resourceTypes.join(", ")} in the stack` : null });
    } else {
      stackResources ??= toStackResources(snapshot);
      out.set(control.id, stackApplicability(control, stackResources, opts.settings?.(control) ?? {}, rootStackUrn(snapshot)));
    }
  }
  return out;
}

function stackApplicability(control: Control, resources: StackResource[], settings: ControlSettings, stackUrn: string): Applicability {
  try {
    const [verdict] = evaluateStack(control, resources, settings, stackUrn);
    return verdict?.status === "not-applicable" ? { applicable: 0, note: verdict.reason } : { applicable: 1, note: null };
  } catch {
    // The pack reports the same error as a failed run; here the control simply counts as applying.
    return { applicable: 1, note: null };
  }
}

/** The stack as stack policies see it: new-state resources, outputs when known, relations resolved. */
function toStackResources(snapshot: StackSnapshot): StackResource[] {
  const source = snapshot.resources.filter((r) => !NOT_IN_NEW_STATE_OPS.has(r.op ?? ""));
  const built = source.map(
    (r): StackResource => ({
      type: r.type,
      name: r.name,
      urn: r.urn,
      props: checkProps(r.outputs ?? r.inputs),
      dependencies: [],
      propertyDependencies: {},
    }),
  );
  const byUrn = new Map(built.map((b) => [b.urn, b]));
  for (const [i, r] of source.entries()) {
    const b = built[i];
    if (r.parent) b.parent = byUrn.get(r.parent);
    b.dependencies = r.dependencies.map((d) => byUrn.get(d)).filter((d): d is StackResource => !!d);
    for (const [k, deps] of Object.entries(r.propertyDependencies)) {
      b.propertyDependencies[k] = deps.map((d) => byUrn.get(d)).filter((d): d is StackResource => !!d);
    }
  }
  return built;
}
