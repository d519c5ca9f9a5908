import { isUtf8 } from "node:buffer";
import type { StackSnapshot } from "@palisade/engine";
import { inputLimits, readInput, readInputText } from "@palisade/engine";
import { buildStackResult, hasMandatory, SecretRedactor, type StackResult } from "@palisade/report";
import { readPolicyPackConfig } from "../config-files";
import { EXIT_MANDATORY, EXIT_OK, UsageError } from "../errors";
import { evaluate, type PackSelection } from "../evaluate";
import { checkSnapshot, notEvaluatedReasons } from "../input-checks";
import { buildScanResult, emit, type OutputFormat, parseFormat, render, TOOL_VERSION } from "../output";
import { cloudsIn, ownPack } from "../packs";
import { applyMaxInputSize, refuseOutputOverInput } from "../paths";
import { shippedConfig, validateOwnConfig } from "../policy-config";
import { progress } from "../progress";
import { applySuppressions, splitExemptions } from "../suppressions";

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
  /** Bound on an input's size in MiB. */
  maxInputSize?: string;
}

/** The policies of Palisade's packs that apply to the clouds of this stack. */
function ownPolicyNames(snapshot: StackSnapshot): string[] {
  return cloudsIn(snapshot).flatMap((c) =>
    ownPack(c)
      .load()
      .packArgs.policies.map((p) => p.name),
  );
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

export { STACK_POLICY_CONFIG } from "../policy-config";

/** The config a run uses for a snapshot: the one passed explicitly, else the one a program ships (restricted). */
export function withStackConfig(snapshot: StackSnapshot, selection: PackSelection, quiet: boolean): PackSelection {
  if (selection.configs.length > 0 || snapshot.source.kind !== "program") return selection;
  const shipped = shippedConfig(snapshot.source.path);
  if (!shipped) return selection;
  if (!quiet) process.stderr.write(`Using the policy pack config shipped with the program (exemptions only): ${shipped.file}\n`);
  return { ...selection, configs: selection.dirs.length > 0 ? selection.dirs.map(() => shipped) : [shipped] };
}

export async function scan(inputs: string[], opts: ScanOptions, formats: readonly OutputFormat[]): Promise<number> {
  const format = parseFormat(opts.format, formats);
  if (opts.pack.length > 0 && opts.policyPackConfig.length > opts.pack.length) {
    throw new UsageError("more --policy-pack-config files than --pack folders: each config pairs with the --pack at the same position");
  }
  if (opts.pack.length === 0 && opts.policyPackConfig.length > 1) {
    throw new UsageError("without --pack, give at most one --policy-pack-config (it applies to every Palisade pack)");
  }
  applyMaxInputSize(opts.maxInputSize);
  const configs = opts.policyPackConfig.map((file) => ({ file, content: readPolicyPackConfig(file), origin: "explicit" as const }));
  // Palisade's packs: validate before reading any input, with the errors Configure gives over gRPC.
  if (opts.pack.length === 0) validateOwnConfig(configs[0]);
  const selection = { dirs: opts.pack, configs, inProcess: !opts.grpc };

  // Read every input first: a bad input stops the run before any output is produced.
  if (inputs.filter((input) => input === STDIN).length > 1) throw new UsageError("`-` (stdin) can be given only once");
  const snapshots: StackSnapshot[] = [];
  for (const input of inputs) {
    if (input === STDIN) snapshots.push(...readInputText(await readStdin(), STDIN_LABEL));
    else snapshots.push(...(await readInput(input, opts.stack ? { stack: opts.stack } : {})));
  }
  for (const snapshot of snapshots) checkSnapshot(snapshot);
  refuseOutputOverInput(
    [{ flag: "--out", path: opts.out }],
    [
      ...inputs.filter((i) => i !== STDIN),
      ...snapshots.map((s) => s.source.path).filter((p) => p !== STDIN_LABEL),
      ...opts.policyPackConfig,
    ],
  );

  const bar = progress(snapshots.length, "Evaluating", !!opts.quiet);
  const stacks: StackResult[] = [];
  // One redactor for the run: every secret of every stack is scrubbed from all of the output.
  const redactor = new SecretRedactor();
  try {
    for (const snapshot of snapshots) {
      const used = withStackConfig(snapshot, selection, !!opts.quiet);
      const config = used.configs[0];
      // Palisade's packs: exemptions are applied here, so that exempted findings are listed as suppressions.
      const split = opts.pack.length === 0 && config ? splitExemptions(config) : undefined;
      const { diagnostics, packs } = await evaluate(snapshot, split ? { ...used, configs: [split.config] } : used);
      const stack = buildStackResult(snapshot, diagnostics, packs, redactor);
      if (split) applySuppressions(stack, snapshot, split, ownPolicyNames(snapshot));
      if (config) stack.policyConfig = { file: config.file, origin: config.origin ?? "explicit" };
      const notEvaluated =
        opts.pack.length === 0 ? notEvaluatedReasons(snapshot, packs.length) : packs.length === 0 ? ["no policy pack ran"] : [];
      if (notEvaluated.length > 0) stack.notEvaluated = notEvaluated;
      stacks.push(stack);
      bar.tick(`${snapshot.project}/${snapshot.stack}`);
    }
  } finally {
    bar.stop();
  }
  // Messages again, now that every stack's secrets are known: a later stack's secret may be quoted earlier.
  // Only free text is scrubbed: identifiers (policy names, URNs) must not be rewritten by a short secret.
  for (const s of stacks) for (const f of [...s.findings, ...(s.suppressed ?? [])]) f.message = redactor.scrub(f.message);
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
  // Bounded as a file is (--max-input-size), and refused when it is not UTF-8, naming stdin.
  const { maxBytes } = inputLimits();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > maxBytes)
      throw new UsageError(`${STDIN_LABEL}: more than ${maxBytes} bytes; raise the bound with --max-input-size if it is genuine`);
    chunks.push(buffer);
  }
  const bytes = Buffer.concat(chunks);
  if (!isUtf8(bytes)) throw new UsageError(`${STDIN_LABEL}: is not valid UTF-8 text`);
  return bytes.toString("utf8");
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
