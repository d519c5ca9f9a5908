import { existsSync } from "node:fs";
import { join } from "node:path";
import type { StackSnapshot } from "@palisade/engine";
import { readInput, readInputText } from "@palisade/engine";
import { buildStackResult, hasMandatory, SecretRedactor, type StackResult } from "@palisade/report";
import { readPolicyPackConfig } from "../config-files";
import { EXIT_MANDATORY, EXIT_OK, UsageError } from "../errors";
import { evaluate, type PackSelection } from "../evaluate";
import { buildScanResult, emit, type OutputFormat, parseFormat, render, TOOL_VERSION } from "../output";
import { ownPack } from "../packs";
import { progress } from "../progress";

export interface ScanOptions {
  stack?: string;
  pack: string[];
  policyPackConfig: string[];
  format: string;
  out?: string;
  quiet?: boolean;
  /** Run Palisade's packs over gRPC like the engine instead of in-process. */
  grpc?: boolean;
  /** Show the plan table in text output (preview). */
  plan?: boolean;
}

/** Palisade's policy names per pack, so JUnit can list the policies that ran without findings. */
function policiesByPack(): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const cloud of ["aws", "azure", "gcp"] as const) {
    const { packName, packArgs } = ownPack(cloud).load();
    map.set(
      packName,
      packArgs.policies.map((p) => p.name),
    );
  }
  return map;
}

/** A program may ship its policy-pack config (its exemptions, with their reasons) beside Pulumi.yaml. */
export const STACK_POLICY_CONFIG = "policy-pack-config.json";

function withStackConfig(snapshot: StackSnapshot, selection: PackSelection, quiet: boolean): PackSelection {
  if (selection.configs.length > 0 || snapshot.source.kind !== "program") return selection;
  const file = join(snapshot.source.path, STACK_POLICY_CONFIG);
  if (!existsSync(file)) return selection;
  if (!quiet) process.stderr.write(`Using the policy pack config shipped with the program: ${file}\n`);
  const configs = [{ file, content: readPolicyPackConfig(file) }];
  return { ...selection, configs: selection.dirs.length > 0 ? selection.dirs.map(() => configs[0]) : configs };
}

export async function scan(inputs: string[], opts: ScanOptions, formats: readonly OutputFormat[]): Promise<number> {
  const format = parseFormat(opts.format, formats);
  if (opts.pack.length > 0 && opts.policyPackConfig.length > opts.pack.length) {
    throw new UsageError("more --policy-pack-config files than --pack folders: each config pairs with the --pack at the same position");
  }
  if (opts.pack.length === 0 && opts.policyPackConfig.length > 1) {
    throw new UsageError("without --pack, give at most one --policy-pack-config (it applies to every Palisade pack)");
  }
  const configs = opts.policyPackConfig.map((file) => ({ file, content: readPolicyPackConfig(file) }));
  const selection = { dirs: opts.pack, configs, inProcess: !opts.grpc };

  // Read every input first: a bad input stops the run before any output is produced.
  if (inputs.filter((input) => input === STDIN).length > 1) throw new UsageError("`-` (stdin) can be given only once");
  const snapshots: StackSnapshot[] = [];
  for (const input of inputs) {
    if (input === STDIN) snapshots.push(...readInputText(await readStdin(), STDIN_LABEL));
    else snapshots.push(...(await readInput(input, opts.stack ? { stack: opts.stack } : {})));
  }

  const bar = progress(snapshots.length, "Evaluating", !!opts.quiet);
  const stacks: StackResult[] = [];
  try {
    for (const snapshot of snapshots) {
      const { diagnostics, packs } = await evaluate(snapshot, withStackConfig(snapshot, selection, !!opts.quiet));
      stacks.push(buildStackResult(snapshot, diagnostics, packs, new SecretRedactor()));
      bar.tick(`${snapshot.project}/${snapshot.stack}`);
    }
  } finally {
    bar.stop();
  }
  for (const snapshot of snapshots) reportOfflineNotes(snapshot);
  const result = buildScanResult(stacks, TOOL_VERSION);
  emit(render(result, format, { plan: opts.plan, policiesByPack: format === "junit" ? policiesByPack() : undefined }), opts.out);
  if (opts.out && !opts.quiet) {
    const s = result.summary;
    process.stderr.write(`Wrote ${opts.out}: ${s.stacks} stack(s), ${s.findings} findings (${s.mandatory} mandatory)\n`);
  }
  return hasMandatory(result) ? EXIT_MANDATORY : EXIT_OK;
}

/** `palisade scan -`: the JSON document comes on stdin (`pulumi preview --json | palisade scan -`). */
const STDIN = "-";
const STDIN_LABEL = "<stdin>";

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) throw new UsageError("`-` reads a JSON document from stdin, but stdin is a terminal: pipe one in");
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * What an offline program run stood in for, on stderr (stdout carries the result): remote components
 * whose children were never checked, and data-source lookups answered without the provider.
 */
function reportOfflineNotes(snapshot: StackSnapshot): void {
  const notes = snapshot.offline;
  if (!notes) return;
  const where = `${snapshot.project}/${snapshot.stack}`;
  const lines: string[] = [];
  const components = notes.unexpandedComponents;
  if (components.length > 0) {
    lines.push(
      `${where}: ${components.length} component resource${components.length === 1 ? " was" : "s were"} not expanded offline; run \`pulumi preview --json | palisade scan -\` for full coverage:`,
      ...components.map((c) => `  ${c.type}  ${c.urn}`),
    );
  }
  const answered = notes.lookups;
  if (answered.length > 0) {
    const how = {
      "built-in": "Palisade's built-in offline answer",
      "declared-type": "placeholders for every field of its declared result type (unknown to policies)",
      none: "an empty result (no declaration found)",
    };
    lines.push(
      `${where}: ${answered.length} data-source lookup${answered.length === 1 ? " was" : "s were"} answered offline, without the provider:`,
      ...answered.map((l) => `  ${l.token}: ${how[l.answer]}${l.calls > 1 ? ` (${l.calls} calls)` : ""}`),
    );
  }
  if (lines.length > 0) process.stderr.write(`${lines.join("\n")}\n`);
}
