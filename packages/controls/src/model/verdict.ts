/**
 * The outcome of a control on one resource. Four outcomes, never a silent pass: an unknown input yields
 * `cannot-evaluate`, not `pass`.
 */

export interface Violation {
  /** Dotted property path the violation is about, e.g. `serverSideEncryptionConfiguration.rules`. */
  property: string;
  /** What is wrong and how to fix it. */
  message: string;
}

export type Verdict =
  | { status: "pass" }
  | { status: "fail"; violations: Violation[] }
  | { status: "not-applicable"; reason: string }
  | { status: "cannot-evaluate"; property: string; reason: string };

export const pass = (): Verdict => ({ status: "pass" });

export const fail = (property: string, message: string): Verdict => ({
  status: "fail",
  violations: [{ property, message }],
});

export const failAll = (violations: Violation[]): Verdict => (violations.length === 0 ? pass() : { status: "fail", violations });

export const notApplicable = (reason: string): Verdict => ({ status: "not-applicable", reason });

export const cannotEvaluate = (property: string, reason?: string): Verdict => ({
  status: "cannot-evaluate",
  property,
  reason: reason ?? `${property} is unknown until the resource is created`,
});

/** A verdict about one resource of a stack (stack checks decide about many resources at once). */
export type ResourceVerdict = Verdict & { urn: string };
