import type { PreventiveForm } from "./preventive";
import type { ResponseForm } from "./response";
import type { Cloud, EnforcementLevel, FrameworkMappings, Severity } from "./types";
import type { Verdict } from "./verdict";

/**
 * A resource as a check sees it. `props` are the resource's inputs (resource checks) or its outputs when
 * known (stack checks), secrets already unwrapped. Reading an unknown value from `props` throws an
 * `UnknownValueError`; use `peek` to look without throwing.
 */
export interface CheckedResource {
  type: string;
  name: string;
  urn: string;
  // biome-ignore lint/suspicious/noExplicitAny: property bags are provider-shaped JSON
  props: Record<string, any>;
}

/** A resource in a stack, with its relations resolved to other resources of the same stack. */
export interface StackResource extends CheckedResource {
  parent?: StackResource;
  dependencies: StackResource[];
  propertyDependencies: Record<string, StackResource[]>;
}

/** Per-control settings from the policy-pack config (validated against `configSchema`). */
// biome-ignore lint/suspicious/noExplicitAny: shaped by each control's configSchema
export type ControlSettings = Record<string, any>;

export interface CheckContext {
  settings: ControlSettings;
}

/** Decides one resource from its own properties. Runs as a CrossGuard resource policy. */
export type ResourceCheck = (resource: CheckedResource, ctx: CheckContext) => Verdict;

/**
 * Decides one resource with the whole stack in view, e.g. a bucket and its separate public-access-block
 * resource, correlated through `propertyDependencies` at preview and through ids in state. Runs as a
 * CrossGuard stack policy; each subject is decided on its own, so one unknown does not hide the rest.
 */
export type CorrelatedCheck = (subject: StackResource, stack: import("./stack-view").StackView, ctx: CheckContext) => Verdict;

/**
 * Decides the stack as a whole (e.g. "an organisation trail exists"). The verdict is reported against
 * `subjectUrn` when given, else against the stack.
 */
export type StackCheck = (stack: import("./stack-view").StackView, ctx: CheckContext) => Verdict & { subjectUrn?: string };

/** A minimal resource for examples and tests. */
export interface ExampleResource {
  type: string;
  name?: string;
  // biome-ignore lint/suspicious/noExplicitAny: provider-shaped JSON
  props: Record<string, any>;
  /** Property name → names of other example resources it refers to (becomes propertyDependencies). */
  refs?: Record<string, string[]>;
}

/**
 * Examples carried by the control itself: the generic test suite proves that every control passes its
 * compliant examples, fails its non-compliant ones, and never passes when a value it reads is unknown.
 * For correlated and stack checks an example is a small stack; the first resource is the subject.
 */
export interface ControlExamples {
  compliant: ExampleResource[][];
  nonCompliant: ExampleResource[][];
}

export interface ControlDefinition {
  /** Stable identifier, also the CrossGuard policy name: `<cloud>-<service>-<what>`. */
  id: string;
  title: string;
  /** Why the control matters: the risk it removes. */
  rationale: string;
  severity: Severity;
  cloud: Cloud;
  /** Service folder it lives in (`s3`, `storage`, `kms`, …). */
  service: string;
  /** Every provider type token the control applies to, current and legacy schemas of the same thing. */
  resourceTypes: readonly string[];
  frameworks: FrameworkMappings;
  /** How to fix a violation. */
  remediation: string;
  enforcementLevel: EnforcementLevel;
  tags?: readonly string[];
  /** JSON Schema `properties` of the control's own settings, with defaults. */
  configSchema?: Record<string, unknown>;
  /** Exactly one of the three checks. */
  check?: ResourceCheck;
  correlatedCheck?: CorrelatedCheck;
  stackCheck?: StackCheck;
  /** Optional CrossGuard remediation: returns the fixed properties, or undefined when nothing to fix. */
  // biome-ignore lint/suspicious/noExplicitAny: provider-shaped JSON
  remediate?: (resource: CheckedResource) => Record<string, any> | undefined;
  /** The preventive form(s) the landing zone deploys for this control. */
  preventive?: readonly PreventiveForm[];
  /** The response form(s): runbooks that remediate or contain a deployed violation (see `./response`). */
  response?: readonly ResponseForm[];
  examples: ControlExamples;
}

export type Control = Readonly<ControlDefinition>;

const ID_PATTERN = /^(aws|azure|gcp)-[a-z0-9]+(-[a-z0-9]+)+$/;

/** Declares a control, checking the parts the type system cannot. */
export function defineControl(def: ControlDefinition): Control {
  if (!ID_PATTERN.test(def.id)) throw new Error(`control id "${def.id}" must look like <cloud>-<service>-<what>`);
  if (!def.id.startsWith(`${def.cloud}-`)) throw new Error(`control ${def.id}: id must start with its cloud "${def.cloud}-"`);
  const checks = [def.check, def.correlatedCheck, def.stackCheck].filter(Boolean).length;
  if (checks !== 1) throw new Error(`control ${def.id}: define exactly one of check, correlatedCheck, stackCheck`);
  if (def.resourceTypes.length === 0 && !def.stackCheck) throw new Error(`control ${def.id}: no resourceTypes`);
  if (def.examples.compliant.length === 0 || def.examples.nonCompliant.length === 0) {
    throw new Error(`control ${def.id}: needs at least one compliant and one non-compliant example`);
  }
  return Object.freeze(def);
}

/** How a control is enforced: at preview (pack), preventively (landing zone), by automated response, or several. */
export function enforcementPoints(c: Control): Array<"preview" | "preventive" | "response"> {
  const points: Array<"preview" | "preventive" | "response"> = ["preview"];
  if (c.preventive && c.preventive.length > 0) points.push("preventive");
  if (c.response && c.response.length > 0) points.push("response");
  return points;
}
