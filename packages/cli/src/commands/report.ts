import { existsSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import {
  allControls,
  type Cloud,
  type Control,
  type Exemption,
  FRAMEWORK_IDS,
  type FrameworkId,
  isFrameworkId,
  settingsFor,
} from "@palisade/controls";
import { type PolicyConfigFile, resolvePolicyConfig } from "@palisade/crossguard";
import {
  AtomicFileSet,
  Baseline,
  BaselineError,
  buildBaseline,
  buildStackResult,
  ComplianceCollector,
  type ComplianceReport,
  coverageLine,
  DEFAULT_EVIDENCE_LIMIT,
  type FailOn,
  isDate,
  renderComplianceJson,
  renderComplianceJunit,
  renderComplianceSarif,
  renderCsv,
  renderHtml,
  renderMarkdown,
  renderOscal,
  SecretRedactor,
  type StackEvaluation,
} from "@palisade/report";
import { readPolicyPackConfig, readSmallTextFile } from "../config-files";
import { UsageError } from "../errors";
import { evaluate } from "../evaluate";
import { checkSnapshot } from "../input-checks";
import { TOOL_VERSION } from "../output";
import { cloudsIn, ownPack } from "../packs";
import { applyMaxInputSize, refuseOutputOverInput } from "../paths";
import { shippedConfig, validateOwnConfig } from "../policy-config";
import { progress } from "../progress";
import { expandInput, type InputUnit } from "../report-inputs";

export const REPORT_FORMATS = ["md", "html", "json", "csv", "oscal", "sarif", "junit"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** File names in `--out DIR`. */
export const REPORT_FILES: Record<ReportFormat, string> = {
  md: "palisade-report.md",
  html: "palisade-report.html",
  json: "palisade-report.json",
  csv: "palisade-report.csv",
  oscal: "palisade-report.oscal.json",
  sarif: "palisade-report.sarif",
  junit: "palisade-report.junit.xml",
};

const FORMAT_OF_EXTENSION: Record<string, ReportFormat> = {
  ".md": "md",
  ".html": "html",
  ".htm": "html",
  ".json": "json",
  ".csv": "csv",
  ".sarif": "sarif",
  ".xml": "junit",
};

export interface ReportOptions {
  framework: string[];
  format: string[];
  out?: string;
  baseline?: string;
  writeBaseline?: string;
  baselineReason?: string;
  baselineExpires?: string;
  failOn: string;
  keepGoing?: boolean;
  stack?: string;
  policyPackConfig?: string;
  grpc?: boolean;
  evidenceLimit?: string;
  quiet?: boolean;
  maxInputSize?: string;
}

/** Values given repeatedly or comma-separated (`--format html,oscal --format md`). */
const list = (values: string[]) =>
  values
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter(Boolean);

function parseFormats(opts: ReportOptions): ReportFormat[] {
  const given = list(opts.format);
  if (given.length === 0) {
    const inferred = opts.out
      ? opts.out.endsWith(".oscal.json")
        ? "oscal"
        : FORMAT_OF_EXTENSION[extname(opts.out).toLowerCase()]
      : undefined;
    return [inferred ?? "md"];
  }
  for (const f of given)
    if (!(REPORT_FORMATS as readonly string[]).includes(f))
      throw new UsageError(`--format must be one of ${REPORT_FORMATS.join(", ")} (got "${f}")`);
  return [...new Set(given)] as ReportFormat[];
}

function parseFrameworks(values: string[]): FrameworkId[] | undefined {
  const given = list(values);
  for (const f of given) if (!isFrameworkId(f)) throw new UsageError(`--framework must be one of ${FRAMEWORK_IDS.join(", ")} (got "${f}")`);
  return given.length > 0 ? ([...new Set(given)] as FrameworkId[]) : undefined;
}

/** Where each format goes: stdout (one format, no --out), a file, or a folder of files. */
function destinations(formats: ReportFormat[], out: string | undefined): Map<ReportFormat, string | undefined> {
  if (!out) {
    if (formats.length > 1) throw new UsageError(`several formats (${formats.join(", ")}) need --out DIR`);
    return new Map([[formats[0], undefined]]);
  }
  const isDir = formats.length > 1 || out.endsWith("/") || (existsSync(out) && statSync(out).isDirectory());
  if (!isDir) return new Map([[formats[0], out]]);
  if (existsSync(out) && !statSync(out).isDirectory())
    throw new UsageError(`--out ${out}: several formats need a folder, and this is a file`);
  return new Map(formats.map((f) => [f, join(out, REPORT_FILES[f])]));
}

/** A JSON.parse error quotes the text around the error, which may hold a secret: keep only the position. */
function safeMessage(message: string): string {
  return message
    .replace(/, ".*" is not valid JSON/s, " (not valid JSON)")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The policy-pack config without exemptions (the report applies them itself, so exempted findings stay
 * visible), and the exemptions per control, checked as the packs' config schema checks them.
 */
function splitExemptions(
  file: string,
  content: Record<string, unknown>,
): { config: Record<string, unknown>; exemptions: Map<string, Exemption[]> } {
  const config: Record<string, unknown> = {};
  const exemptions = new Map<string, Exemption[]>();
  for (const [key, value] of Object.entries(content)) {
    if (value && typeof value === "object" && !Array.isArray(value) && "exemptions" in value) {
      const { exemptions: list, ...rest } = value as { exemptions?: unknown };
      if (!Array.isArray(list)) throw new UsageError(`${file}: ${key}.exemptions must be an array`);
      for (const [i, e] of list.entries()) {
        const x = e as Partial<Exemption> | null;
        const where = `${file}: ${key}.exemptions[${i}]`;
        if (!x || typeof x !== "object") throw new UsageError(`${where} must be an object`);
        if (typeof x.reason !== "string" || x.reason === "") throw new UsageError(`${where} needs a reason`);
        if (x.urn === undefined && x.name === undefined && x.type === undefined && x.tag === undefined)
          throw new UsageError(`${where} must match by urn, name, type or tag`);
        if (x.expires !== undefined && !isDate(x.expires)) throw new UsageError(`${where}.expires must be a date YYYY-MM-DD`);
      }
      exemptions.set(key, list as Exemption[]);
      config[key] = rest;
    } else config[key] = value;
  }
  return { config, exemptions };
}

interface CloudPolicies {
  controls: Control[];
  disabled: Control[];
  settings: Map<string, Record<string, unknown>>;
}

/** Per cloud: the pack's controls, which the config disables, and their configured settings. */
function cloudPolicies(config: Record<string, unknown>): Map<Cloud, CloudPolicies> {
  const out = new Map<Cloud, CloudPolicies>();
  for (const cloud of ["aws", "azure", "gcp"] as const) {
    const { packArgs } = ownPack(cloud).load();
    const resolved = resolvePolicyConfig(packArgs.policies as never, config as PolicyConfigFile);
    const byId = new Map(allControls.map((c) => [c.id, c]));
    const entry: CloudPolicies = { controls: [], disabled: [], settings: new Map() };
    for (const p of packArgs.policies) {
      const control = byId.get(p.name);
      if (!control) continue;
      const r = resolved.get(p.name);
      if (r?.enforcementLevel === "disabled") entry.disabled.push(control);
      else entry.controls.push(control);
      entry.settings.set(control.id, r?.properties ?? {});
    }
    out.set(cloud, entry);
  }
  return out;
}

function policiesByPack(): Map<string, string[]> {
  return new Map(
    (["aws", "azure", "gcp"] as const).map((c) => {
      const { packName, packArgs } = ownPack(c).load();
      return [packName, packArgs.policies.map((p) => p.name)] as const;
    }),
  );
}

function render(report: ComplianceReport, format: ReportFormat): string | Iterable<string> {
  switch (format) {
    case "md":
      return renderMarkdown(report);
    case "html":
      return renderHtml(report);
    case "json":
      return renderComplianceJson(report);
    case "csv":
      return renderCsv(report);
    case "oscal":
      return renderOscal(report);
    case "sarif":
      return renderComplianceSarif(report);
    case "junit":
      return renderComplianceJunit(report, policiesByPack());
  }
}

export async function report(inputs: string[], opts: ReportOptions): Promise<number> {
  // Everything that can be checked before reading an input is checked first.
  const formats = parseFormats(opts);
  const frameworks = parseFrameworks(opts.framework);
  if (!["mandatory", "advisory", "none"].includes(opts.failOn))
    throw new UsageError(`--fail-on must be mandatory, advisory or none (got "${opts.failOn}")`);
  applyMaxInputSize(opts.maxInputSize);
  const where = destinations(formats, opts.out);
  const outputs = [...[...where.values()].map((path) => ({ flag: "--out", path })), { flag: "--write-baseline", path: opts.writeBaseline }];
  // Updating a baseline in place (--baseline F --write-baseline F) is allowed: it is read whole first.
  const readPaths = [...inputs, ...(opts.policyPackConfig ? [opts.policyPackConfig] : [])];
  refuseOutputOverInput(outputs, readPaths);
  const evidenceLimit = opts.evidenceLimit === undefined ? DEFAULT_EVIDENCE_LIMIT : Number(opts.evidenceLimit);
  if (!Number.isInteger(evidenceLimit) || evidenceLimit < 0)
    throw new UsageError(`--evidence-limit must be a whole number (got "${opts.evidenceLimit}")`);
  if (opts.baselineExpires !== undefined && !isDate(opts.baselineExpires))
    throw new UsageError(`--baseline-expires must be a date YYYY-MM-DD (got "${opts.baselineExpires}")`);
  if ((opts.baselineExpires !== undefined || opts.baselineReason !== undefined) && !opts.writeBaseline)
    throw new UsageError("--baseline-reason and --baseline-expires describe the entries of --write-baseline FILE");
  let baseline: Baseline | undefined;
  if (opts.baseline) {
    const text = readSmallTextFile(opts.baseline, "a baseline");
    try {
      baseline = Baseline.parse(text, opts.baseline);
    } catch (e) {
      if (e instanceof BaselineError) throw new UsageError(e.message);
      throw e;
    }
  }
  let packConfig: { file: string; content: Record<string, unknown> } | undefined;
  let exemptions = new Map<string, Exemption[]>();
  if (opts.policyPackConfig) {
    const content = readPolicyPackConfig(opts.policyPackConfig);
    // The same validation as scan and the packs' Configure, before the report takes the exemptions out.
    validateOwnConfig({ file: opts.policyPackConfig, content, origin: "explicit" });
    const split = splitExemptions(opts.policyPackConfig, content);
    packConfig = { file: opts.policyPackConfig, content: split.config };
    exemptions = split.exemptions;
  }
  const policies = cloudPolicies(packConfig?.content ?? {});
  const selection = { dirs: [], configs: packConfig ? [packConfig] : [], inProcess: !opts.grpc, collectNotApplicable: true };

  const collector = new ComplianceCollector({
    toolVersion: TOOL_VERSION,
    failOn: opts.failOn as FailOn,
    frameworks,
    evidenceLimit,
    baseline,
    baselinePath: opts.baseline ?? null,
    exemptions,
  });
  const files = new AtomicFileSet();
  // One redactor for the run: a secret seen in one stack is scrubbed from the messages of every later one.
  const redactor = new SecretRedactor();
  try {
    const fail = (input: string, label: string, e: unknown) => {
      const message = safeMessage(e instanceof Error ? e.message : String(e));
      if (!opts.keepGoing) {
        // Name the input: the engine's errors start with the file, others get it here.
        throw new UsageError(message.startsWith(label) || message.startsWith(input) ? message : `${label}: ${message}`);
      }
      const prefix = `${label}: `;
      collector.addFailure(label, message.startsWith(prefix) ? message.slice(prefix.length) : message);
      if (label !== input) collector.input(input);
    };

    const units: InputUnit[] = [];
    for (const input of inputs) {
      collector.input(input);
      try {
        units.push(...(await expandInput(input, { stack: opts.stack })));
      } catch (e) {
        fail(input, input, e);
      }
    }

    const bar = progress(units.length, "Reporting", !!opts.quiet);
    try {
      for (const unit of units) {
        try {
          for (const snapshot of await unit.read()) {
            // As scan and preview: a program's shipped config (exemptions only) when none is given; its
            // exemptions are accepted findings of this stack.
            readPaths.push(snapshot.source.path);
            checkSnapshot(snapshot);
            const shipped = !packConfig && snapshot.source.kind === "program" ? shippedConfig(snapshot.source.path) : undefined;
            const shippedSplit = shipped ? splitExemptions(shipped.file, shipped.content) : undefined;
            const evaluation = await evaluate(
              snapshot,
              shipped ? { ...selection, configs: [{ ...shipped, content: shippedSplit?.config ?? {} }] } : selection,
            );
            const scan = buildStackResult(snapshot, evaluation.diagnostics, evaluation.packs, redactor);
            const clouds = cloudsIn(snapshot);
            const ran = clouds.map((c) => policies.get(c) as CloudPolicies);
            const context: StackEvaluation = {
              clouds,
              controls: ran.flatMap((p) => p.controls),
              disabled: ran.flatMap((p) => p.disabled),
              notApplicable: evaluation.notApplicable,
              settings: (control) => settingsFor(control, policies.get(control.cloud)?.settings.get(control.id) ?? {}),
              ...(shippedSplit ? { exemptions: shippedSplit.exemptions } : {}),
            };
            collector.addStack(unit.input, snapshot, scan, context);
          }
        } catch (e) {
          fail(unit.input, unit.label, e);
        }
        bar.tick(unit.label);
      }
    } finally {
      bar.stop();
    }

    // A checkpoint read from inside a backend folder is an input too.
    refuseOutputOverInput(outputs, readPaths);
    const result = collector.finish();
    for (const [format, path] of where) {
      const content = render(result, format);
      if (path) files.stage(path, content);
      else if (typeof content === "string") process.stdout.write(content);
      else for (const chunk of content) process.stdout.write(chunk);
    }
    if (opts.writeBaseline) {
      const doc = buildBaseline(result.findings(), {
        reason: opts.baselineReason ?? `accepted when the baseline was written on ${result.generatedAt.slice(0, 10)}`,
        expires: opts.baselineExpires ?? null,
        now: new Date(result.generatedAt),
        toolVersion: TOOL_VERSION,
        previous: baseline,
      });
      files.stage(opts.writeBaseline, `${JSON.stringify(doc, null, 2)}\n`);
    }
    const written = files.commit();
    if (!opts.quiet) summarize(result, written);
    return result.outcome.exitCode;
  } finally {
    files.abort();
    collector.dispose();
  }
}

function summarize(report: ComplianceReport, written: string[]): void {
  const s = report.summary;
  const lines = [
    `Compliance report: ${s.stacks} stack(s), ${s.resources} resources, ${s.total} findings (${s.new} new, ${s.accepted} accepted)${s.failedInputs > 0 ? `, ${s.failedInputs} input(s) failed` : ""}`,
  ];
  for (const f of report.frameworks) {
    if (f.stacks.length > 0 && f.stacks.length <= 5) for (const k of f.stacks.keys()) lines.push(`  ${coverageLine(report, f, k)}`);
    else lines.push(`  ${coverageLine(report, f)}; ${f.stacks.length} stacks`);
  }
  lines.push(`${report.outcome.failed ? "✗" : "✓"} ${report.outcome.reason}`);
  if (written.length > 0) lines.push(`Wrote ${written.join(", ")}`);
  process.stderr.write(`${lines.join("\n")}\n`);
}
