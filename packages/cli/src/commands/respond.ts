import { readFileSync } from "node:fs";
import { UsageError } from "../errors";
import { emit } from "../output";

export interface RespondOptions {
  runbook?: string;
  live?: boolean;
  format?: string;
  out?: string;
  excludeTag?: string[];
  excludeScope?: string[];
  excludePrincipal?: string[];
}

/**
 * `palisade respond <event.json>`: which runbooks answer a recorded event and what they would do. Offline by default
 * (from the event alone); with --live, a dry run against the cloud with the caller's own credentials, which reads the
 * resource and lists the exact API calls it would make. It never changes anything: there is no apply mode here, the
 * deployed functions act.
 */
export async function respond(file: string, opts: RespondOptions): Promise<number> {
  const format = opts.format ?? "text";
  if (!["text", "json"].includes(format)) throw new UsageError(`--format must be text or json (got "${format}")`);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new UsageError(`${file}: cannot read the event file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  let event: unknown;
  try {
    event = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${file}: not JSON (${(e as Error).message})`);
  }
  const lib = await import("@palisade/respond");
  let candidates = lib.allRunbooks;
  if (opts.runbook) {
    const rb = lib.runbookById(opts.runbook);
    if (!rb) throw new UsageError(`--runbook: unknown runbook "${opts.runbook}"; known: ${lib.allRunbooks.map((r) => r.id).join(", ")}`);
    candidates = [rb];
  }
  const matched: Array<{ rb: (typeof candidates)[number]; target: unknown }> = [];
  for (const rb of candidates) {
    try {
      const target = rb.parse(event);
      if (target !== undefined) matched.push({ rb, target });
    } catch (e) {
      throw new UsageError(`${file}: ${rb.id} cannot read this event: ${(e as Error).message}`);
    }
  }
  if (matched.length === 0) {
    throw new UsageError(
      `${file}: no runbook answers this event${opts.runbook ? ` (--runbook ${opts.runbook})` : ""}; known: ${candidates.map((r) => r.id).join(", ")}`,
    );
  }
  const exclusions = {
    tags: opts.excludeTag ?? [],
    accounts: opts.excludeScope ?? [],
    subscriptions: opts.excludeScope ?? [],
    projects: opts.excludeScope ?? [],
    principals: opts.excludePrincipal ?? [],
  };
  const results = [];
  for (const { rb, target } of matched) {
    const scope = rb.scopeOf(target);
    const base = { runbook: rb.id, control: rb.controlId, cloud: rb.cloud, trigger: rb.triggerOf(event), scope, plan: rb.plan(target) };
    if (!opts.live) {
      results.push({ ...base, excluded: exclusions.accounts.includes(scope.id) ? `${scope.kind} ${scope.id} is excluded` : undefined });
      continue;
    }
    const clients = await lib.defaultClients(rb.cloud);
    const record = await lib.runRunbook(rb, event, clients, { mode: "dry-run", exclusions }).catch((e: unknown) => {
      if (e instanceof lib.RunbookFailedError) return e.record;
      throw e;
    });
    results.push({ ...base, record });
  }
  let content: string;
  if (format === "json") content = `${JSON.stringify(results, null, 2)}\n`;
  else {
    const lines: string[] = [];
    for (const r of results) {
      lines.push(`${r.runbook}  (control ${r.control}, ${r.cloud})`);
      lines.push(`  trigger: ${r.trigger.source} ${r.trigger.type}${r.trigger.id ? ` [${r.trigger.id}]` : ""}`);
      lines.push(`  ${r.scope.kind}: ${r.scope.id}`);
      if ("record" in r && r.record) {
        lines.push(
          `  dry run: ${r.record.outcome}${r.record.reason ? ` (${r.record.reason})` : ""}${r.record.error ? `: ${r.record.error.kind}: ${r.record.error.message}` : ""}`,
        );
        for (const a of r.record.actions)
          lines.push(`    ${a.status === "planned" ? "would call" : a.status} ${a.api} on ${a.target}${a.reason ? ` (${a.reason})` : ""}`);
      } else if ("excluded" in r && r.excluded) {
        lines.push(`  excluded: ${r.excluded}`);
      } else {
        lines.push("  would (offline, from the event alone; --live reads the resource and lists the exact calls):");
        for (const p of r.plan) lines.push(`    - ${p}`);
      }
    }
    content = `${lines.join("\n")}\n`;
  }
  emit(content, opts.out);
  return 0;
}
