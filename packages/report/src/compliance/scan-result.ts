import { controlById } from "@palisade/controls";
import { renderJunit } from "../formats/junit";
import { renderSarif } from "../formats/sarif";
import type { Finding, ScanResult, StackResult } from "../model";
import { summarize } from "../model";
import type { Acceptance, ComplianceReport, FindingRecord, StackReport } from "./model";

/**
 * SARIF and JUnit of a compliance report, through the scan renderers: each stack's findings (read back
 * from the spool, where they are stored stack after stack) become a one-stack scan result, rendered by
 * `renderSarif` / `renderJunit`, and the pieces are streamed into one document. So a report over
 * thousands of stacks holds one stack's findings at a time, in these formats too.
 *
 * Accepted findings: SARIF carries them with an `accepted` suppression (code scanning shows them as
 * dismissed); JUnit reports them as advisory, so an accepted finding never fails a test case. An expired
 * acceptance is a failure again, and its message says so.
 */

interface StackScan {
  result: ScanResult;
  acceptance: Map<Finding, Acceptance>;
}

/** One scan result per stack of the report, in order, each with that stack's findings only. */
export function* stackScanResults(report: ComplianceReport): Generator<StackScan> {
  const records = report.findings()[Symbol.iterator]();
  let next = records.next();
  for (const s of report.stacks) {
    const stack: StackResult = {
      project: s.project,
      stack: s.stack,
      source: s.source,
      resourceCount: s.resourceCount,
      resources: [],
      findings: [],
      policyPacks: s.policyPacks,
    };
    const acceptance = new Map<Finding, Acceptance>();
    while (!next.done && next.value.stack === s.id) {
      const finding = toFinding(next.value, s);
      stack.findings.push(finding);
      if (next.value.acceptance) acceptance.set(finding, next.value.acceptance);
      next = records.next();
    }
    yield {
      result: { schemaVersion: 1, tool: report.tool, generatedAt: report.generatedAt, stacks: [stack], summary: summarize([stack]) },
      acceptance,
    };
  }
}

function toFinding(r: FindingRecord, stack: StackReport): Finding {
  return {
    policyPack: r.policyPack,
    policyPackVersion: stack.policyPacks.find((p) => p.name === r.policyPack)?.version ?? "",
    policy: r.policy,
    controlId: r.controlId,
    urn: r.urn,
    resourceType: r.resourceType,
    enforcementLevel: r.enforcementLevel,
    severity: r.severity,
    message: r.message,
    frameworks: (r.controlId ? controlById(r.controlId)?.frameworks : undefined) ?? {},
  };
}

const describe = (a: Acceptance) =>
  `accepted by ${a.source}${a.expired ? " (expired)" : ""}: ${a.reason}${a.expires ? ` (until ${a.expires})` : ""}`;

const inputErrors = (report: ComplianceReport) =>
  report.inputs.filter((i) => i.status === "failed").map((i) => ({ input: i.path, message: i.error ?? "failed" }));

// biome-ignore lint/suspicious/noExplicitAny: SARIF objects as renderSarif writes them
type SarifObject = Record<string, any>;

export function* renderComplianceSarif(report: ComplianceReport, cwd = process.cwd()): Generator<string> {
  const rules = new Map<string, SarifObject>();
  let driver: SarifObject | undefined;
  let schema = "https://json.schemastore.org/sarif-2.1.0.json";
  // Results first: JSON members are unordered, and the rules are known only once every stack is rendered.
  yield '{\n  "version": "2.1.0",\n  "runs": [\n    {\n      "results": [';
  let first = true;
  for (const { result, acceptance } of stackScanResults(report)) {
    if (result.stacks[0].findings.length === 0) continue;
    const sarif = JSON.parse(
      renderSarif(result, cwd, {
        suppression: (f) => {
          const a = acceptance.get(f);
          return a && !a.expired ? { justification: describe(a) } : undefined;
        },
      }),
    ) as SarifObject;
    schema = sarif.$schema;
    const run = sarif.runs[0];
    driver ??= run.tool.driver;
    const local: string[] = run.tool.driver.rules.map((r: SarifObject) => r.id);
    for (const rule of run.tool.driver.rules) if (!rules.has(rule.id)) rules.set(rule.id, rule);
    const index = new Map([...rules.keys()].map((id, i) => [id, i]));
    const lines: string[] = [];
    for (const r of run.results) {
      r.ruleIndex = index.get(local[r.ruleIndex]);
      lines.push(`${first ? "\n" : ",\n"}        ${JSON.stringify(r)}`);
      first = false;
    }
    yield lines.join("");
  }
  yield first ? "]," : "\n      ],";
  const errors = inputErrors(report);
  const run = {
    tool: {
      driver: {
        name: "Palisade",
        version: report.tool.version,
        semanticVersion: report.tool.version,
        informationUri: driver?.informationUri ?? "https://github.com/palisade-dev/palisade",
        rules: [...rules.values()],
      },
    },
    ...(errors.length > 0
      ? {
          invocations: [
            {
              executionSuccessful: false,
              toolExecutionNotifications: errors.map((e) => ({ level: "error", message: { text: `${e.input}: ${e.message}` } })),
            },
          ],
        }
      : {}),
    automationDetails: { id: "palisade/report/" },
  };
  yield `\n      ${JSON.stringify(run).slice(1)}\n  ],\n  "$schema": ${JSON.stringify(schema)}\n}\n`;
}

export function* renderComplianceJunit(report: ComplianceReport, policiesByPack?: Map<string, string[]>): Generator<string> {
  const suites = function* () {
    for (const { result, acceptance } of stackScanResults(report)) {
      const s = result.stacks[0];
      s.findings = s.findings.map((f) => {
        const a = acceptance.get(f);
        if (!a) return f;
        if (a.expired) return { ...f, message: `${f.message} (${describe(a)})` };
        return { ...f, enforcementLevel: "advisory", message: `[${describe(a)}] ${f.message}` };
      });
      const xml = renderJunit(result, policiesByPack);
      yield xml.slice(xml.indexOf("  <testsuite "), xml.lastIndexOf("</testsuites>"));
    }
  };
  // The totals go first, in <testsuites>: count them in a first pass.
  let tests = 0;
  let failures = 0;
  for (const suite of suites()) {
    const m = /tests="(\d+)" failures="(\d+)"/.exec(suite);
    tests += Number(m?.[1] ?? 0);
    failures += Number(m?.[2] ?? 0);
  }
  const errors = inputErrors(report);
  const tail = renderJunit({ ...emptyResult(report) }, undefined, errors);
  const errorSuite = errors.length > 0 ? tail.slice(tail.indexOf("  <testsuite "), tail.lastIndexOf("</testsuites>")) : "";
  yield `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="palisade" tests="${tests + errors.length}" failures="${failures}"${errors.length > 0 ? ` errors="${errors.length}"` : ""}>\n`;
  yield* suites();
  yield `${errorSuite}</testsuites>\n`;
}

function emptyResult(report: ComplianceReport): ScanResult {
  return { schemaVersion: 1, tool: report.tool, generatedAt: report.generatedAt, stacks: [], summary: summarize([]) };
}
