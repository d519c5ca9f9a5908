/**
 * Messages between `runProgram` (parent) and `child.ts` (the process that runs the Pulumi program).
 * They travel over the Node IPC channel, so the program's own console output never mixes with them.
 */
import type { ResourceOptionsSnapshot, WireProperties, WireValue } from "../model/snapshot";

/** What the parent asks the child to run. */
export interface ProgramJob {
  /** Absolute project directory (the child's working directory). */
  projectDir: string;
  /** Absolute path of the program's entry file. */
  entryPath: string;
  project: string;
  stack: string;
  /** The stack's `Pulumi.<stack>.yaml` (it need not exist), named in config errors. */
  stackFile: string;
  preview: boolean;
  /** `namespace:key` → string value, as `pulumi.runtime.setAllConfig` takes it. */
  config: Record<string, string>;
  secretKeys: string[];
}

/** One `RegisterResource` call as the mock monitor saw it. */
export interface CapturedResource {
  urn: string;
  type: string;
  name: string;
  custom: boolean;
  /** Empty string when the SDK sent no parent (only the root stack resource). */
  parent: string;
  /** `<provider urn>::<provider id>` for an explicit provider; empty string otherwise. */
  provider: string;
  inputs: WireProperties;
  /** Only when not a preview: what the mock returned as the resource's state. */
  outputs?: WireProperties;
  /** Only when not a preview: the id the mock returned. */
  id?: WireValue;
  dependencies: string[];
  propertyDependencies: Record<string, string[]>;
  options: ResourceOptionsSnapshot;
}

/** How the offline engine answered one data-source function. */
export interface OfflineLookup {
  token: string;
  /** `built-in`: Palisade's answer; `declared-type`: placeholders for every field of the SDK's result type; `none`: `{}`. */
  answer: "built-in" | "declared-type" | "none";
  calls: number;
}

export type ChildMessage =
  | {
      kind: "result";
      resources: CapturedResource[];
      lookups: OfflineLookup[];
      /** Components registered with `remote: true` (from provider plugins): their children never exist offline. */
      unexpandedComponents: { urn: string; type: string }[];
    }
  | {
      kind: "error";
      /** Message for the user, already stripped of SDK-internal stack frames. */
      message: string;
    };

/** Where the child finds the function that removes the tsx hooks it was started with (tests from sources). */
export const UNREGISTER_TSX = "__palisadeUnregisterTsx";
