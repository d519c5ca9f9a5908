import { type Runbook, RunbookFailedError, runRunbook } from "./runbook";
import type { RecordSink, ResponseRecord, RunOptions } from "./types";

/** Writes each record as one JSON line on stdout: the function's log, which the landing zone ships to the central log. */
export const consoleSink: RecordSink = {
  async write(record) {
    process.stdout.write(`${JSON.stringify(record)}\n`);
  },
};

/**
 * Runs every enabled runbook that answers the event. Events no runbook answers produce no record (the buses carry
 * many). Any failure is raised after all records are written, so the platform retries or dead-letters the event.
 */
export async function dispatch<C>(
  // biome-ignore lint/suspicious/noExplicitAny: runbooks of one cloud share a client type but not a target type
  runbooks: ReadonlyArray<Runbook<any, C>>,
  event: unknown,
  clients: C,
  options: RunOptions,
): Promise<ResponseRecord[]> {
  const records: ResponseRecord[] = [];
  const failures: RunbookFailedError[] = [];
  for (const rb of runbooks) {
    let matches = false;
    try {
      matches = rb.parse(event) !== undefined;
    } catch {
      matches = true; // malformed for this runbook: runRunbook records the failure
    }
    if (!matches) continue;
    try {
      records.push(await runRunbook(rb, event, clients, options));
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
  mode: RunOptions["mode"];
  runbooks: string[];
  exclusions: NonNullable<RunOptions["exclusions"]>;
}

export function readFunctionConfig(env: NodeJS.ProcessEnv): FunctionConfig {
  const mode = env.PALISADE_RESPOND_MODE ?? "dry-run";
  if (mode !== "automatic" && mode !== "dry-run") throw new Error(`PALISADE_RESPOND_MODE must be "automatic" or "dry-run", not "${mode}"`);
  const runbooks = (env.PALISADE_RESPOND_RUNBOOKS ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  let exclusions = {};
  if (env.PALISADE_RESPOND_EXCLUSIONS) {
    try {
      exclusions = JSON.parse(env.PALISADE_RESPOND_EXCLUSIONS);
    } catch (err) {
      throw new Error(`PALISADE_RESPOND_EXCLUSIONS is not JSON: ${(err as Error).message}`);
    }
  }
  return { mode, runbooks, exclusions };
}

// biome-ignore lint/suspicious/noExplicitAny: see dispatch
export function enabled<R extends Runbook<any, any>>(all: readonly R[], ids: readonly string[]): R[] {
  const unknown = ids.filter((id) => !all.some((r) => r.id === id));
  if (unknown.length > 0) throw new Error(`unknown runbook(s): ${unknown.join(", ")}; known: ${all.map((r) => r.id).join(", ")}`);
  return all.filter((r) => ids.includes(r.id));
}
