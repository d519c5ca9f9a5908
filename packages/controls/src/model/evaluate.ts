import type { CheckContext, CheckedResource, Control, ControlSettings, StackResource } from "./control";
import { type Exemption, findExemption } from "./exemptions";
import { StackView } from "./stack-view";
import { isUnknownValueError } from "./unknowns";
import { cannotEvaluate, notApplicable, type ResourceVerdict, type Verdict } from "./verdict";

/**
 * Runs controls. Shared by the CrossGuard adapter (inside a policy pack) and the in-process scanner, so
 * both enforcement paths decide with the same code.
 */

/** Settings with each schema default filled in. */
export function settingsFor(control: Control, configured: ControlSettings = {}): ControlSettings {
  const out: ControlSettings = {};
  for (const [key, schema] of Object.entries(control.configSchema ?? {})) {
    const def = (schema as { default?: unknown }).default;
    if (def !== undefined) out[key] = structuredClone(def);
  }
  return { ...out, ...configured };
}

function guard(run: () => Verdict): Verdict {
  try {
    return run();
  } catch (e) {
    if (isUnknownValueError(e)) {
      const path = Array.isArray(e.props) ? e.props.join(".") : (e.path ?? "");
      return cannotEvaluate(path, `${path || "a value"} is unknown until the resource is created`);
    }
    throw e;
  }
}

export function evaluateResource(control: Control, resource: CheckedResource, settings: ControlSettings): Verdict {
  if (!control.check) throw new Error(`control ${control.id} has no resource check`);
  if (!control.resourceTypes.includes(resource.type)) {
    return notApplicable(`applies to ${control.resourceTypes.join(", ")}`);
  }
  const check = control.check;
  const ctx: CheckContext = { settings };
  return guard(() => check(resource, ctx));
}

/**
 * Decides every subject of a correlated or stack check. Pass a `StackView` to share one view (and its
 * indexes) between every control that looks at the same stack.
 */
export function evaluateStack(
  control: Control,
  stack: readonly StackResource[] | StackView,
  settings: ControlSettings,
  stackUrn: string,
): ResourceVerdict[] {
  const view = stack instanceof StackView ? stack : new StackView(stack);
  const ctx: CheckContext = { settings };
  if (control.correlatedCheck) {
    const check = control.correlatedCheck;
    return view.ofType(control.resourceTypes).map((subject) => ({
      ...guard(() => check(subject, view, ctx)),
      urn: subject.urn,
    }));
  }
  if (control.stackCheck) {
    const check = control.stackCheck;
    let subjectUrn: string | undefined;
    const verdict = guard(() => {
      const v = check(view, ctx);
      subjectUrn = v.subjectUrn;
      return v;
    });
    const { subjectUrn: _drop, ...plain } = verdict as Verdict & { subjectUrn?: string };
    return [{ ...(plain as Verdict), urn: subjectUrn ?? stackUrn }];
  }
  throw new Error(`control ${control.id} has no stack check`);
}

/** A decided finding, before it is turned into a CrossGuard diagnostic or a report row. */
export interface ControlFinding {
  controlId: string;
  urn: string;
  resourceType: string;
  /** `fail` and `cannot-evaluate` become findings; `pass` and `not-applicable` are recorded for reports. */
  verdict: Verdict;
  /** An active exemption suppresses the finding; an expired one is reported alongside it. */
  exemption?: { state: "active" | "expired"; exemption: Exemption };
}

/** The findings text a user sees for a verdict (the same in the pack and in-process). */
export function findingMessages(control: Control, verdict: Verdict): string[] {
  switch (verdict.status) {
    case "fail":
      return verdict.violations.map((v) => `${control.title}: ${v.message} [${v.property}]`);
    case "cannot-evaluate":
      return [
        `${control.title}: cannot be evaluated at preview: ${verdict.reason}; it will be checked on the next run against deployed state`,
      ];
    default:
      return [];
  }
}

/** Applies exemptions to a verdict. */
export function withExemption(
  control: Control,
  subject: { urn: string; name: string; type: string; props: unknown },
  verdict: Verdict,
  settings: ControlSettings,
  today?: string,
): ControlFinding {
  const finding: ControlFinding = { controlId: control.id, urn: subject.urn, resourceType: subject.type, verdict };
  if (verdict.status === "fail" || verdict.status === "cannot-evaluate") {
    const match = findExemption(settings.exemptions as Exemption[] | undefined, subject, today);
    if (match.state !== "none") finding.exemption = match;
  }
  return finding;
}
