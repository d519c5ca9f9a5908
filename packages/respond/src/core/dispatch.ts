import { type Runbook, RunbookFailedError, runRunbook } from "./runbook";
import type { RecordSink, ResponseMode, ResponseRecord, RunOptions } from "./types";

/** Writes each record as one JSON line on stdout: the function's log, which the landing zone ships to the central log. */
export const consoleSink: RecordSink = {
  async write(record) {
    process.stdout.write(`${JSON.stringify(record)}\n`);
  },
};

/** A runbook switched on, in its own mode (the landing zones configure each runbook on/off, automatic or dry-run). */
export interface EnabledRunbook<C> {
  // biome-ignore lint/suspicious/noExplicitAny: runbooks of one cloud share a client type but not a target type
  runbook: Runbook<any, C>;
  mode: ResponseMode;
}

/**
 * Runs every enabled runbook that answers the event. Events no runbook answers produce no record (the buses carry
 * many). Any failure is raised after all records are written, so the platform retries or dead-letters the event.
 */
export async function dispatch<C>(
  runbooks: ReadonlyArray<EnabledRunbook<C>>,
  event: unknown,
  clients: C,
  options: Omit<RunOptions, "mode">,
): Promise<ResponseRecord[]> {
  const records: ResponseRecord[] = [];
  const failures: RunbookFailedError[] = [];
  for (const { runbook: rb, mode } of runbooks) {
    let matches = false;
    try {
      matches = rb.parse(event) !== undefined;
    } catch {
      matches = true; // malformed for this runbook: runRunbook records the failure
    }
    if (!matches) continue;
    try {
      records.push(await runRunbook(rb, event, clients, { ...options, mode }));
    } catch (err) {
      if (!(err instanceof RunbookFailedError)) throw err;
      records.push(err.record);
      failures.push(err);
    }
  }
  if (failures.length > 0)
    throw failures.length === 1 ? failures[0] : new AggregateError(failures, failures.map((f) => f.message).join("; "));
  return records;
}

/** Runtime configuration every cloud's function reads from its (encrypted) environment. */
export interface FunctionConfig {
  /** Runbook id → mode, from `PALISADE_RESPOND_RUNBOOKS=id=automatic,id=dry-run`; runbooks not listed are off. */
  runbooks: Record<string, ResponseMode>;
  exclusions: NonNullable<RunOptions["exclusions"]>;
}

export function readFunctionConfig(env: NodeJS.ProcessEnv): FunctionConfig {
  const runbooks: Record<string, ResponseMode> = {};
  for (const entry of (env.PALISADE_RESPOND_RUNBOOKS ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [id, mode = "dry-run"] = entry.split("=");
    if (mode !== "automatic" && mode !== "dry-run")
      throw new Error(`PALISADE_RESPOND_RUNBOOKS: ${id} must be "automatic" or "dry-run", not "${mode}"`);
    runbooks[id] = mode;
  }
  let exclusions = {};
  if (env.PALISADE_RESPOND_EXCLUSIONS) {
    try {
      exclusions = JSON.parse(env.PALISADE_RESPOND_EXCLUSIONS);
    } catch (err) {
      throw new Error(`PALISADE_RESPOND_EXCLUSIONS is not JSON: ${(err as Error).message}`);
    }
  }
  return { runbooks, exclusions };
}

/** The configured runbooks with their modes; an unknown id is a deployment error, reported at once. */
// biome-ignore lint/suspicious/noExplicitAny: see dispatch
export function enabled<C>(all: ReadonlyArray<Runbook<any, C>>, modes: Record<string, ResponseMode>): EnabledRunbook<C>[] {
  const unknown = Object.keys(modes).filter((id) => !all.some((r) => r.id === id));
  if (unknown.length > 0) throw new Error(`unknown runbook(s): ${unknown.join(", ")}; known: ${all.map((r) => r.id).join(", ")}`);
  return all.filter((r) => modes[r.id]).map((runbook) => ({ runbook, mode: modes[runbook.id] }));
}
