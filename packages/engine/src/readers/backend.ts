import type { Dirent } from "node:fs";
import { existsSync, statSync } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import * as path from "node:path";
import { InputError, SECRET_SIG, type StackSnapshot } from "../model/snapshot";
import { checkRegularFile, isObject, readJsonFile, statError } from "./json-file";
import { checkVersion, mapDeployment } from "./stack-export";

const EXPECTED = "a Pulumi DIY backend checkpoint";

/**
 * The `.pulumi` folder of a DIY backend (`pulumi login file://DIR`), given DIR or the `.pulumi` folder
 * itself; undefined when the folder has no `stacks` directory.
 */
export function backendRoot(dir: string): string | undefined {
  const nested = path.join(dir, ".pulumi");
  if (isDirectory(path.join(nested, "stacks"))) return nested;
  if (path.basename(path.resolve(dir)) === ".pulumi" && isDirectory(path.join(dir, "stacks"))) return dir;
  return undefined;
}

function isDirectory(p: string): boolean {
  return existsSync(p) && statSync(p).isDirectory();
}

/**
 * Reads every stack of a DIY backend: `stacks/<project>/<stack>.json` (project-scoped layout) and the
 * legacy `stacks/<stack>.json`, each possibly gzipped as `.json.gz`. When both forms of one stack exist
 * (compression was switched), the newer file wins, as it is the one the CLI wrote last.
 */
export async function readBackend(dir: string): Promise<StackSnapshot[]> {
  const checkpoints = await listCheckpoints(dir);
  const snapshots: StackSnapshot[] = [];
  for (const { file, project, stack } of checkpoints) {
    snapshots.push(await readCheckpointFile(file, { project, stack }));
  }
  return snapshots.sort((a, b) => a.project.localeCompare(b.project) || a.stack.localeCompare(b.stack));
}

/**
 * The checkpoint files of a DIY backend, without reading them, sorted by project and stack. Symlinked
 * project folders and checkpoints are followed; a symlink loop, FIFO or device is an error naming it; a
 * backend without any checkpoint is an error, never "0 stacks, all clear".
 */
export async function listCheckpoints(dir: string): Promise<StackFile[]> {
  const root = backendRoot(dir);
  if (!root) throw new InputError(dir, "not a Pulumi DIY backend (no .pulumi/stacks)");
  const stacksDir = path.join(root, "stacks");
  const checkpoints = await stackFiles(stacksDir, undefined);
  for (const entry of await readdir(stacksDir, { withFileTypes: true })) {
    // A project folder may be a symlink (followed; a loop is named, never skipped).
    if ((await entryKind(stacksDir, entry)) === "directory") {
      checkpoints.push(...(await stackFiles(path.join(stacksDir, entry.name), entry.name)));
    }
  }
  // An empty backend is not a clean one: nothing would be evaluated.
  if (checkpoints.length === 0) throw new InputError(dir, "the backend holds no stack checkpoints (.pulumi/stacks is empty)");
  return checkpoints.sort((a, b) => (a.project ?? "").localeCompare(b.project ?? "") || a.stack.localeCompare(b.stack));
}

export interface StackFile {
  file: string;
  /** The project folder name in the project-scoped layout. */
  project?: string;
  stack: string;
}

/** What a directory entry is, following symlinks; a loop or dangling link throws naming it. */
async function entryKind(dir: string, entry: Dirent): Promise<"file" | "directory" | "other"> {
  if (entry.isFile()) return "file";
  if (entry.isDirectory()) return "directory";
  if (!entry.isSymbolicLink()) return "other";
  const target = path.join(dir, entry.name);
  try {
    const st = await stat(target);
    return st.isFile() ? "file" : st.isDirectory() ? "directory" : "other";
  } catch (err) {
    throw statError(target, err);
  }
}

async function stackFiles(dir: string, project: string | undefined): Promise<StackFile[]> {
  const newest = new Map<string, { file: string; mtimeMs: number }>();
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    // `.json.bak` backups and `.json.attrs` are not stacks.
    const match = /^(.+)\.json(\.gz)?$/.exec(entry.name);
    if (!match) continue;
    // Symlinked checkpoints are followed; a FIFO, device or loop stops the run naming it.
    const kind = await entryKind(dir, entry);
    if (kind === "directory") continue;
    const file = path.join(dir, entry.name);
    if (kind !== "file") await checkRegularFile(file, EXPECTED);
    const { mtimeMs } = await stat(file);
    const current = newest.get(match[1]);
    if (!current || mtimeMs > current.mtimeMs) newest.set(match[1], { file, mtimeMs });
  }
  return [...newest].map(([stack, { file }]) => ({ file, project, stack }));
}

/**
 * One checkpoint file, `{version: 3, checkpoint: {stack, latest: <deployment>}}`. `hints` come from the
 * file's place in the backend and name the stack when it has no resources yet.
 */
export async function readCheckpointFile(file: string, hints: { project?: string; stack?: string } = {}): Promise<StackSnapshot> {
  const { value, text } = await readJsonFile(file, EXPECTED);
  return snapshotFromCheckpoint(value, file, text.includes(SECRET_SIG), hints);
}

export function snapshotFromCheckpoint(
  document: unknown,
  file: string,
  mayHaveSecrets: boolean,
  hints: { project?: string; stack?: string } = {},
): StackSnapshot {
  if (!isObject(document)) throw new InputError(file, `expected ${EXPECTED} (a JSON object)`);
  checkVersion(document.version, file, "checkpoint");
  const checkpoint = document.checkpoint;
  if (!isObject(checkpoint)) throw new InputError(file, "missing `checkpoint` object");
  // A stack that was created but never updated has no `latest` deployment, or one without resources.
  const latest = checkpoint.latest;
  if (latest !== undefined && latest !== null && !isObject(latest)) {
    throw new InputError(file, "`checkpoint.latest` must be a deployment object");
  }
  const rawResources = latest?.resources ?? [];
  if (!Array.isArray(rawResources)) throw new InputError(file, "`checkpoint.latest.resources` must be an array");
  const { resources, identity } = mapDeployment(rawResources, file, mayHaveSecrets ? "state" : "none");
  // `checkpoint.stack` may be fully qualified (`organization/project/stack`).
  const qualified = typeof checkpoint.stack === "string" ? checkpoint.stack.split("/") : [];
  return {
    project: identity?.project ?? hints.project ?? (qualified.length === 3 ? qualified[1] : ""),
    stack: identity?.stack ?? qualified.at(-1) ?? hints.stack ?? "",
    source: { kind: "backend", path: file },
    resources,
  };
}
