/**
 * The resource model every input is read into: a Pulumi program run offline, a `pulumi stack export`,
 * a `pulumi preview --json` digest, or a DIY backend checkpoint. It keeps properties in the *wire form*
 * the engine sends to analyzers, so the same snapshot can be fed to a CrossGuard pack over gRPC or to
 * our controls in-process without changing meaning.
 */

/** Sentinels and signatures of the Pulumi wire format (see @pulumi/pulumi/runtime/rpc). */
export const UNKNOWN_STRING = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
export const UNKNOWN_SENTINELS: ReadonlySet<string> = new Set([
  "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7", // boolean
  "3eeb2bf0-c639-47a8-9e75-3b44932eb421", // number
  UNKNOWN_STRING,
  "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2", // array
  "030794c1-ac77-496b-92df-f27374a8bd58", // asset
  "e48ece36-62e2-4504-bad9-02848725956a", // archive
  "dd056dcd-154b-4c76-9bd3-c8f88648b5ff", // object
]);
export const SIG_KEY = "4dabf18193072939515e22adb298388d";
export const SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";
export const RESOURCE_REF_SIG = "5cf8f73096256a8f31e491e813e4eb8e";
export const ASSET_SIG = "c44067f5952c0a294b673a41bacd8c17";
export const ARCHIVE_SIG = "0def7320c3a5731c473e5ecbe6d01bc7";

/**
 * A property value as the engine puts it on the wire: plain JSON where an unknown is one of the
 * `UNKNOWN_SENTINELS` strings and a secret is `{[SIG_KEY]: SECRET_SIG, value}`.
 */
export type WireValue = null | boolean | number | string | WireValue[] | { [key: string]: WireValue };
export type WireProperties = Record<string, WireValue>;

/** The resource options an analyzer sees (`AnalyzerResourceOptions`). */
export interface ResourceOptionsSnapshot {
  protect: boolean;
  ignoreChanges: string[];
  aliases: string[];
  additionalSecretOutputs: string[];
  deleteBeforeReplace?: boolean;
  retainOnDelete?: boolean;
  customTimeouts?: { create?: number; update?: number; delete?: number };
}

/** One resource of a stack, as planned (program, preview) or as recorded (export, backend). */
export interface PlannedResource {
  urn: string;
  type: string;
  name: string;
  /** A custom resource is managed by a provider; components are not. */
  custom: boolean;
  /** Provider-assigned id; the unknown sentinel at preview for resources not yet created. */
  id?: WireValue;
  parent?: string;
  /** Provider reference `<provider urn>::<provider id>`; absent for components. */
  provider?: string;
  /** Inputs: what CrossGuard resource policies see (`Analyze`). */
  inputs: WireProperties;
  /** Outputs when known (state files); stack policies see these when present (`AnalyzeStack`). */
  outputs?: WireProperties;
  dependencies: string[];
  propertyDependencies: Record<string, string[]>;
  options: ResourceOptionsSnapshot;
  /** Operation in a preview digest (`create`, `update`, `same`, `delete`, …), when the input says. */
  op?: string;
}

export type SnapshotSourceKind = "program" | "stack-export" | "preview-json" | "backend";

export interface StackSnapshot {
  project: string;
  stack: string;
  organization?: string;
  source: { kind: SnapshotSourceKind; path: string };
  resources: PlannedResource[];
  /** Only for a program run offline: what the offline engine had to stand in for. */
  offline?: OfflineRunNotes;
}

/** What an offline program run could not do as the real engine would; the CLI tells the user. */
export interface OfflineRunNotes {
  /** Data-source functions the program called, and how each was answered without the provider. */
  lookups: { token: string; answer: "built-in" | "declared-type" | "none"; calls: number }[];
  /** Remote components (from provider plugins: awsx, eks, …) whose children do not exist offline. */
  unexpandedComponents: { urn: string; type: string }[];
}

export function emptyOptions(): ResourceOptionsSnapshot {
  return { protect: false, ignoreChanges: [], aliases: [], additionalSecretOutputs: [] };
}

/** Splits a URN `urn:pulumi:<stack>::<project>::<qualified type>::<name>` into its parts. */
export function parseUrn(urn: string): { stack: string; project: string; type: string; name: string } {
  const parts = urn.split("::");
  if (parts.length < 4 || !parts[0].startsWith("urn:pulumi:")) {
    throw new Error(`not a Pulumi URN: ${urn}`);
  }
  const qualified = parts[2];
  return {
    stack: parts[0].slice("urn:pulumi:".length),
    project: parts[1],
    type: qualified.split("$").pop() as string,
    // A name may itself contain "::".
    name: parts.slice(3).join("::"),
  };
}

export function isUnknown(v: unknown): boolean {
  return typeof v === "string" && UNKNOWN_SENTINELS.has(v);
}

export function isSecret(v: unknown): v is { [SIG_KEY]: string; value?: WireValue } {
  return typeof v === "object" && v !== null && !Array.isArray(v) && (v as Record<string, unknown>)[SIG_KEY] === SECRET_SIG;
}

/** A user or input error: the CLI prints its message and exits 2. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = "InputError";
  }
}
