import { existsSync } from "node:fs";
import { stat } from "node:fs/promises";
import * as path from "node:path";
import { InputError, SECRET_SIG, type StackSnapshot } from "../model/snapshot";
import { type RunProgramOptions, runProgram } from "../program";
import { backendRoot, readBackend, snapshotFromCheckpoint } from "./backend";
import { isObject, readJsonFile } from "./json-file";
import { snapshotFromPreview } from "./preview-json";
import { snapshotFromExport } from "./stack-export";
import { REDACTED_SECRET } from "./state-resource";

export type InputKind = "program" | "backend" | "stack-export" | "checkpoint" | "preview-json";

const EXPECTED_FILE =
  "a `pulumi stack export` file (with `deployment`), a DIY backend checkpoint (with `checkpoint`) " +
  "or a `pulumi preview --json` document (with `steps`)";
const EXPECTED_DIRECTORY = "a Pulumi program (with Pulumi.yaml) or a DIY backend (with .pulumi/stacks)";

/** Which kind of JSON document this is, from its top-level keys. */
export function classifyDocument(document: unknown): Exclude<InputKind, "program" | "backend"> | undefined {
  if (!isObject(document)) return undefined;
  if ("deployment" in document) return "stack-export";
  if ("checkpoint" in document) return "checkpoint";
  if (Array.isArray(document.steps)) return "preview-json";
  // A bare deployment, as found in a checkpoint's `latest`.
  if ("manifest" in document && Array.isArray(document.resources)) return "stack-export";
  return undefined;
}

async function directoryKind(dir: string): Promise<InputKind> {
  if (existsSync(path.join(dir, "Pulumi.yaml")) || existsSync(path.join(dir, "Pulumi.yml"))) return "program";
  if (backendRoot(dir)) return "backend";
  throw new InputError(dir, `expected ${EXPECTED_DIRECTORY}`);
}

async function statOrFail(target: string) {
  try {
    return await stat(target);
  } catch {
    throw new InputError(target, "not found");
  }
}

/** Says what `target` is. For a file this parses it; `readInput` does not call this, so it parses once. */
export async function detectInput(target: string): Promise<InputKind> {
  if ((await statOrFail(target)).isDirectory()) return directoryKind(target);
  const { value } = await readJsonFile(target, EXPECTED_FILE);
  const kind = classifyDocument(value);
  if (!kind) throw new InputError(target, `unrecognized JSON: expected ${EXPECTED_FILE}`);
  return kind;
}

export type ReadInputOptions = RunProgramOptions;

/**
 * Reads any supported input into snapshots: a program directory (run offline), a DIY backend (every
 * stack, or only `opts.stack`), or one state file (export, checkpoint, preview digest).
 */
export async function readInput(target: string, opts: ReadInputOptions = {}): Promise<StackSnapshot[]> {
  if ((await statOrFail(target)).isDirectory()) {
    if ((await directoryKind(target)) === "program") return [await runProgram(target, opts)];
    const stacks = await readBackend(target);
    return opts.stack === undefined ? stacks : pickStack(target, stacks, opts.stack);
  }
  const { value, text } = await readJsonFile(target, EXPECTED_FILE);
  switch (classifyDocument(value)) {
    case "stack-export":
      return [snapshotFromExport(value, target, text.includes(SECRET_SIG) ? "state" : "none")];
    case "checkpoint":
      return [snapshotFromCheckpoint(value, target, text.includes(SECRET_SIG))];
    case "preview-json":
      return [snapshotFromPreview(value, target, text.includes(JSON.stringify(REDACTED_SECRET)) ? "redacted" : "none")];
    default:
      throw new InputError(target, `unrecognized JSON: expected ${EXPECTED_FILE}`);
  }
}

/**
 * Reads a JSON document given as text (`palisade scan -` reads stdin): an export, a checkpoint or a
 * `pulumi preview --json` digest. `label` names it in errors ("<stdin>").
 */
export function readInputText(text: string, label: string): StackSnapshot[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!/\S/.test(body)) throw new InputError(label, `empty input, expected ${EXPECTED_FILE}`);
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (err) {
    throw new InputError(label, `invalid JSON: ${(err as Error).message}`);
  }
  switch (classifyDocument(value)) {
    case "stack-export":
      return [snapshotFromExport(value, label, body.includes(SECRET_SIG) ? "state" : "none")];
    case "checkpoint":
      return [snapshotFromCheckpoint(value, label, body.includes(SECRET_SIG))];
    case "preview-json":
      return [snapshotFromPreview(value, label, body.includes(JSON.stringify(REDACTED_SECRET)) ? "redacted" : "none")];
    default:
      throw new InputError(label, `unrecognized JSON: expected ${EXPECTED_FILE}`);
  }
}

/** `stack` or `project/stack` (or `org/project/stack`) among a backend's stacks. */
function pickStack(dir: string, stacks: StackSnapshot[], wanted: string): StackSnapshot[] {
  const parts = wanted.split("/");
  const stack = parts.at(-1);
  const project = parts.length >= 2 ? parts.at(-2) : undefined;
  const matches = stacks.filter((s) => s.stack === stack && (project === undefined || s.project === project));
  if (matches.length === 0) {
    const found = stacks.map((s) => `${s.project}/${s.stack}`).join(", ") || "none";
    throw new InputError(dir, `stack ${JSON.stringify(wanted)} not found in the backend (stacks found: ${found})`);
  }
  return matches;
}
