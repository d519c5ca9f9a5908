import { withEvidence } from "./collect";
import type { ComplianceReport, FrameworkReport } from "./model";
import { cellOf } from "./view";

/**
 * The compliance report as JSON (schema/compliance-report.schema.json), streamed in chunks: one array
 * item per line, so a report over thousands of stacks is never one string in memory and diffs well.
 */
export function* renderComplianceJson(report: ComplianceReport): Generator<string> {
  const field = (name: string, value: unknown, last = false) => `  ${JSON.stringify(name)}: ${JSON.stringify(value)}${last ? "" : ","}\n`;
  yield "{\n";
  yield field("schemaVersion", report.schemaVersion);
  yield field("kind", report.kind);
  yield field("tool", report.tool);
  yield field("generatedAt", report.generatedAt);
  yield field("options", report.options);
  yield field("outcome", report.outcome);
  yield field("summary", report.summary);
  yield* array("inputs", report.inputs, (i) => i);
  yield '  "frameworks": [';
  let first = true;
  for (const f of report.frameworks) {
    yield `${first ? "\n" : ",\n"}`;
    first = false;
    yield* framework(report, f);
  }
  yield first ? "],\n" : "\n  ],\n";
  yield* array("stacks", withEvidence(report), ({ stack, controls }) => ({ ...stack, controls }));
  yield* array("findings", report.findings(), (f) => f, true);
  yield "}\n";
}

function* array<T>(name: string, items: Iterable<T>, map: (item: T) => unknown, last = false): Generator<string> {
  yield `  ${JSON.stringify(name)}: [`;
  let first = true;
  for (const item of items) {
    yield `${first ? "\n" : ",\n"}    ${JSON.stringify(map(item))}`;
    first = false;
  }
  yield `${first ? "]" : "\n  ]"}${last ? "" : ","}\n`;
}

function* framework(report: ComplianceReport, f: FrameworkReport): Generator<string> {
  const stackIds = f.stacks.map((i) => report.stacks[i].id);
  const head = {
    id: f.id,
    label: f.label,
    name: f.name,
    version: f.version,
    cloud: f.cloud,
    coverage: f.coverage,
    stacks: stackIds,
    perStack: Object.fromEntries(stackIds.map((id, k) => [id, f.perStack[k]])),
  };
  const text = JSON.stringify(head);
  yield `    ${text.slice(0, -1)},"requirements":[`;
  let first = true;
  for (const r of f.requirements) {
    const { cells: _cells, ...rest } = r;
    const results = r.automation === "automated" ? Object.fromEntries(stackIds.map((id, k) => [id, cellOf(r, k)])) : {};
    yield `${first ? "\n" : ",\n"}      ${JSON.stringify({ ...rest, results })}`;
    first = false;
  }
  yield `${first ? "" : "\n    "}]}`;
}
