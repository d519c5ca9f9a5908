import { controlById } from "@palisade/controls";
import { withEvidence } from "../compliance/collect";
import type { CellStatus, ComplianceReport, ControlResult, FrameworkReport } from "../compliance/model";
import { CELL_STATUSES } from "../compliance/model";
import { enforcedAtLabel, outcomeBadge } from "../compliance/view";

/**
 * One self-contained HTML file: inline CSS, inline SVG charts, inline script and data, and a Content
 * Security Policy that forbids every network request, so it can be attached to a ticket or opened from
 * an artifact store offline. The summary, tables and charts are rendered here (readable without
 * script); the results explorer (filters, drill-down to resources) runs from the embedded data.
 */

const esc = (s: string | number | null | undefined) =>
  String(s ?? "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");

/** JSON inside <script>: nothing in it may close the element or break the line. */
const scriptJson = (value: unknown) =>
  JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");

const STATUS_COLOR: Record<string, string> = {
  pass: "#2e7d32",
  fail: "#c62828",
  accepted: "#f9a825",
  "cannot-evaluate": "#6d4c41",
  "not-applicable": "#b0bec5",
  manual: "#5c6bc0",
  "not-covered": "#e0e0e0",
};
const SEVERITY_COLOR: Record<string, string> = { critical: "#6a1b9a", high: "#c62828", medium: "#ef6c00", low: "#f9a825", none: "#90a4ae" };
const STATUS_LABEL: Record<string, string> = {
  pass: "pass",
  fail: "fail",
  accepted: "accepted",
  "cannot-evaluate": "cannot be evaluated",
  "not-applicable": "not applicable",
  manual: "manual",
  "not-covered": "not covered yet",
};

interface Segment {
  label: string;
  value: number;
  color: string;
}

/** Horizontal stacked bars, one per row, scaled to the largest row total. */
function stackedBars(id: string, title: string, rows: { label: string; title?: string; segments: Segment[] }[], legend: Segment[]): string {
  const labelWidth = Math.min(300, Math.max(90, ...rows.map((r) => r.label.length * 6.6 + 12)));
  const barWidth = 460;
  const rowHeight = 26;
  const height = rows.length * rowHeight + 40;
  const max = Math.max(1, ...rows.map((r) => r.segments.reduce((n, s) => n + s.value, 0)));
  const parts: string[] = [];
  rows.forEach((row, i) => {
    const y = 10 + i * rowHeight;
    const label = row.label.length > 44 ? `${row.label.slice(0, 43)}…` : row.label;
    parts.push(
      `<text x="${labelWidth - 8}" y="${y + 15}" text-anchor="end" class="axis"><title>${esc(row.title ?? row.label)}</title>${esc(label)}</text>`,
    );
    let x = labelWidth;
    for (const s of row.segments) {
      if (s.value <= 0) continue;
      const w = (s.value / max) * barWidth;
      parts.push(
        `<rect x="${x.toFixed(1)}" y="${y}" width="${Math.max(w, 0.5).toFixed(1)}" height="18" fill="${s.color}"><title>${esc(`${row.label}: ${s.label} ${s.value}`)}</title></rect>`,
      );
      x += w;
    }
    const total = row.segments.reduce((n, s) => n + s.value, 0);
    parts.push(`<text x="${(x + 6).toFixed(1)}" y="${y + 14}" class="value">${total}</text>`);
  });
  const legendY = rows.length * rowHeight + 26;
  let lx = labelWidth;
  for (const s of legend) {
    parts.push(`<rect x="${lx}" y="${legendY - 10}" width="10" height="10" fill="${s.color}"/>`);
    parts.push(`<text x="${lx + 14}" y="${legendY}" class="legend">${esc(s.label)}</text>`);
    lx += 22 + s.label.length * 6.5;
  }
  const width = Math.ceil(labelWidth + barWidth + 60);
  return `<figure class="chart" id="${id}"><figcaption>${esc(title)}</figcaption><svg role="img" aria-label="${esc(title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">${parts.join("")}</svg></figure>`;
}

/** Vertical bars with their values. */
function bars(id: string, title: string, items: Segment[]): string {
  const width = Math.max(320, items.length * 70 + 40);
  const height = 200;
  const max = Math.max(1, ...items.map((i) => i.value));
  const parts: string[] = [];
  items.forEach((item, i) => {
    const h = (item.value / max) * 130;
    const x = 30 + i * 70;
    parts.push(
      `<rect x="${x}" y="${(160 - h).toFixed(1)}" width="44" height="${Math.max(h, 0.5).toFixed(1)}" fill="${item.color}"><title>${esc(`${item.label}: ${item.value}`)}</title></rect>`,
      `<text x="${x + 22}" y="${(152 - h).toFixed(1)}" text-anchor="middle" class="value" data-bar="${esc(item.label)}">${item.value}</text>`,
      `<text x="${x + 22}" y="178" text-anchor="middle" class="axis">${esc(item.label)}</text>`,
    );
  });
  return `<figure class="chart" id="${id}"><figcaption>${esc(title)}</figcaption><svg role="img" aria-label="${esc(title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">${parts.join("")}</svg></figure>`;
}

function frameworkTotals(f: FrameworkReport): Record<CellStatus, number> {
  const totals = { fail: 0, accepted: 0, "cannot-evaluate": 0, pass: 0, "not-applicable": 0 };
  for (const c of f.perStack) for (const s of CELL_STATUSES) totals[s] += c[s];
  return totals;
}

function charts(report: ComplianceReport): string {
  const coverage = stackedBars(
    "chart-coverage",
    "Coverage per framework (requirements)",
    report.frameworks.map((f) => ({
      label: f.id,
      title: f.label,
      segments: [
        { label: "automated, also in the landing zone", value: f.coverage.preventive, color: "#1b5e20" },
        { label: "automated at preview", value: f.coverage.previewOnly, color: "#66bb6a" },
        { label: "manual", value: f.coverage.manual, color: STATUS_COLOR.manual },
        { label: "not covered yet", value: f.coverage.notCovered, color: STATUS_COLOR["not-covered"] },
      ],
    })),
    [
      { label: "automated + landing zone", value: 0, color: "#1b5e20" },
      { label: "automated at preview", value: 0, color: "#66bb6a" },
      { label: "manual", value: 0, color: STATUS_COLOR.manual },
      { label: "not covered yet", value: 0, color: STATUS_COLOR["not-covered"] },
    ],
  );
  const results = stackedBars(
    "chart-results",
    "Automated requirements × stacks, by status",
    report.frameworks.map((f) => {
      const t = frameworkTotals(f);
      return {
        label: f.id,
        title: f.label,
        segments: CELL_STATUSES.map((s) => ({ label: STATUS_LABEL[s], value: t[s], color: STATUS_COLOR[s] })),
      };
    }),
    CELL_STATUSES.map((s) => ({ label: STATUS_LABEL[s], value: 0, color: STATUS_COLOR[s] })),
  );
  const s = report.summary;
  const severity = bars(
    "chart-severity",
    "Findings by severity",
    (["critical", "high", "medium", "low", "none"] as const).map((k) => ({ label: k, value: s.bySeverity[k], color: SEVERITY_COLOR[k] })),
  );
  const clouds = Object.entries(s.byCloud).sort((a, b) => b[1] - a[1]);
  const byCloud = bars(
    "chart-cloud",
    "Findings by cloud",
    clouds.map(([cloud, n]) => ({ label: cloud, value: n, color: "#37474f" })),
  );
  const topStacks = [...report.stacks].sort((a, b) => b.findings.total - a.findings.total || a.id.localeCompare(b.id)).slice(0, 20);
  const byStack = stackedBars(
    "chart-stack",
    report.stacks.length > 20 ? `Findings by stack (the 20 with most of ${report.stacks.length})` : "Findings by stack",
    topStacks.map((st) => ({
      label: st.id,
      segments: [
        { label: "new", value: st.findings.new, color: STATUS_COLOR.fail },
        { label: "accepted", value: st.findings.total - st.findings.new, color: STATUS_COLOR.accepted },
      ],
    })),
    [
      { label: "new", value: 0, color: STATUS_COLOR.fail },
      { label: "accepted", value: 0, color: STATUS_COLOR.accepted },
    ],
  );
  return `<section class="charts">${coverage}${results}${severity}${byCloud}${byStack}</section>`;
}

function summaryCards(report: ComplianceReport): string {
  const s = report.summary;
  const card = (id: string, label: string, value: number) =>
    `<div class="card"><div class="num" data-testid="summary-${id}">${value}</div><div class="label">${esc(label)}</div></div>`;
  return `<section class="cards">${[
    card("stacks", "stacks", s.stacks),
    card("resources", "resources", s.resources),
    card("findings", "findings", s.total),
    card("mandatory", "mandatory", s.mandatory),
    card("advisory", "advisory", s.advisory),
    card("new", "new", s.new),
    card("accepted", "accepted", s.accepted),
    card("expired", "acceptance expired", s.expired),
    card("cannot-evaluate", "cannot be evaluated", s.cannotEvaluate),
  ].join("")}</section>`;
}

function coverageTable(report: ComplianceReport): string {
  const rows = report.frameworks.map((f) => {
    const t = frameworkTotals(f);
    return `<tr data-framework="${esc(f.id)}"><td>${esc(f.label)}<br><code>${esc(f.id)}</code></td><td data-field="requirements">${f.coverage.requirements}</td><td data-field="automated">${f.coverage.automated}</td><td data-field="preventive">${f.coverage.preventive}</td><td data-field="response">${f.coverage.response}</td><td data-field="manual">${f.coverage.manual}</td><td data-field="not-covered">${f.coverage.notCovered}</td>${CELL_STATUSES.map((s) => `<td data-field="${s}">${t[s]}</td>`).join("")}</tr>`;
  });
  return `<section><h2>Frameworks</h2><p class="hint">Requirements of each catalogue: automated by a control (at preview, and in the landing zone when the control has a preventive form), manual (with the reason), or not covered yet. The last columns count automated requirements × stacks by status.</p><div class="scroll"><table id="coverage"><thead><tr><th>Framework</th><th>Requirements</th><th>Automated</th><th>…also in the landing zone</th><th>…also auto-remediated</th><th>Manual</th><th>Not covered yet</th>${CELL_STATUSES.map((s) => `<th>${esc(STATUS_LABEL[s])}</th>`).join("")}</tr></thead><tbody>${rows.join("")}</tbody></table></div></section>`;
}

function stacksTable(report: ComplianceReport): string {
  const rows = report.stacks.map(
    (s) =>
      `<tr data-stack="${esc(s.id)}"><td>${esc(s.id)}</td><td>${esc(s.clouds.join(", "))}</td><td><code>${esc(s.input)}</code></td><td>${s.resourceCount}</td><td data-field="findings">${s.findings.total}</td><td data-field="new">${s.findings.new}</td><td data-field="mandatory">${s.findings.mandatory}</td><td data-field="accepted">${s.findings.accepted}</td></tr>`,
  );
  const failed = report.inputs
    .filter((i) => i.status === "failed")
    .map(
      (i) =>
        `<tr class="failed-input" data-input="${esc(i.path)}"><td colspan="2">input failed</td><td><code>${esc(i.path)}</code></td><td colspan="5">${esc(i.error)}</td></tr>`,
    );
  return `<section><h2>Stacks</h2><div class="scroll"><table id="stacks"><thead><tr><th>Stack</th><th>Clouds</th><th>Input</th><th>Resources</th><th>Findings</th><th>New</th><th>Mandatory</th><th>Accepted</th></tr></thead><tbody>${rows.join("")}${failed.join("")}</tbody></table></div></section>`;
}

const CSS = `
:root{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#212121;background:#fafafa}
body{margin:0 auto;max-width:1280px;padding:16px 24px}
h1{font-size:1.5rem;margin:8px 0}h2{font-size:1.15rem;margin:24px 0 8px}
code{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:.85em}
.meta,.hint{color:#616161;font-size:.9rem}
.outcome{display:inline-block;padding:4px 10px;border-radius:4px;color:#fff;font-weight:600}
.outcome.failed{background:#c62828}.outcome.passed{background:#2e7d32}.outcome.not-gated{background:#616161}
.banner{background:#fff3e0;border:1px solid #ef6c00;border-radius:4px;padding:8px 12px;margin:12px 0}
.cards{display:flex;flex-wrap:wrap;gap:8px;margin:12px 0}
.card{background:#fff;border:1px solid #e0e0e0;border-radius:6px;padding:8px 14px;min-width:92px}
.card .num{font-size:1.4rem;font-weight:600}.card .label{color:#616161;font-size:.8rem}
.charts{display:flex;flex-wrap:wrap;gap:16px}
.chart{background:#fff;border:1px solid #e0e0e0;border-radius:6px;margin:0;padding:8px;flex:1 1 520px}
.chart figcaption{font-weight:600;font-size:.9rem;margin-bottom:4px}
.chart svg{max-width:100%;height:auto}.chart .axis,.chart .legend{font-size:11px;fill:#424242}.chart .value{font-size:11px;fill:#212121}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%;background:#fff;font-size:.85rem}
th,td{border-bottom:1px solid #eee;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f5f5f5;position:sticky;top:0}
.filters{display:flex;flex-wrap:wrap;gap:8px;align-items:end;margin:8px 0}
.filters label{display:flex;flex-direction:column;font-size:.8rem;color:#616161}
.filters select,.filters input{font-size:.9rem;padding:3px}
.badge{display:inline-block;padding:1px 6px;border-radius:3px;color:#fff;font-size:.8rem;white-space:nowrap}
.badge.s-not-applicable,.badge.s-not-covered{color:#212121}
#results td:nth-child(-n+2),#results td:nth-child(4){white-space:nowrap}
tr.result-row{cursor:pointer}tr.result-row:hover{background:#f1f8e9}
tr.detail-row>td{background:#fcfcfc;padding:8px 16px}
.evidence{margin:4px 0 8px 0;padding-left:18px}.evidence li{margin:2px 0}
.muted{color:#757575}
#more{margin:8px 0}
`;

const APP = `
(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("report-data").textContent);
  var CODE = { F: "fail", A: "accepted", C: "cannot-evaluate", P: "pass", N: "not-applicable" };
  var LABEL = ${JSON.stringify(STATUS_LABEL)};
  var COLOR = ${JSON.stringify(STATUS_COLOR)};
  var RANK = { critical: 4, high: 3, medium: 2, low: 1 };
  var PAGE = 500;
  var limit = PAGE;
  function $(id) { return document.getElementById(id); }
  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    if (attrs) for (var k in attrs) { if (attrs[k] !== null && attrs[k] !== undefined) e.setAttribute(k, attrs[k]); }
    (children || []).forEach(function (c) { if (c === null || c === undefined) return; e.appendChild(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c); });
    return e;
  }
  function option(select, value, text) { select.appendChild(el("option", { value: value }, [text])); }
  var fFramework = $("filter-framework"), fStack = $("filter-stack"), fStatus = $("filter-status"), fSeverity = $("filter-severity"), fText = $("filter-text");
  D.frameworks.forEach(function (f, i) { option(fFramework, String(i), f.label); });
  D.stacks.forEach(function (s, i) { option(fStack, String(i), s.id); });
  function statusOf(r, k) { return r.automation === "automated" ? CODE[r.cells.charAt(k)] : r.automation; }
  function severityOf(r, stackIndex, status) {
    var best = null, results = D.results[stackIndex] || {};
    r.controls.forEach(function (id) {
      var c = results[id];
      if (!c || c.s !== status) return;
      var sev = (D.controls[id] || {}).severity;
      if (sev && (!best || RANK[sev] > RANK[best])) best = sev;
    });
    return best;
  }
  function badge(status) { return el("span", { "class": "badge s-" + status, style: "background:" + COLOR[status] }, [LABEL[status]]); }
  function detail(f, r, stackIndex) {
    var box = el("div");
    if (r.automation === "manual") box.appendChild(el("p", null, ["Manual: " + r.reason]));
    if (r.automation === "not-covered") box.appendChild(el("p", null, ["No control maps to this requirement yet, and no reason says why it cannot be automated."]));
    var results = D.results[stackIndex] || {};
    r.controls.forEach(function (id) {
      var meta = D.controls[id] || {};
      var c = results[id];
      var head = el("p", null, [el("code", null, [id]), " ", meta.title || "", " — ", c ? badge(c.s) : badge("not-applicable")]);
      box.appendChild(head);
      if (!c) return;
      var counts = c.a + " applicable, " + c.p + " passing, " + c.f + " failing, " + c.ac + " accepted, " + c.c + " cannot be evaluated" + (c.n ? " (" + c.n + ")" : "");
      box.appendChild(el("p", { "class": "muted" }, [counts]));
      if (c.e.length) {
        var list = el("ul", { "class": "evidence" });
        c.e.forEach(function (e) {
          var acc = e[6] ? " — accepted by " + e[6][0] + (e[6][3] ? " (EXPIRED)" : "") + ": " + e[6][1] + (e[6][2] ? " (until " + e[6][2] + ")" : "") : "";
          list.appendChild(el("li", { "class": "resource" }, [el("code", null, [e[0]]), " ", e[1], " [" + (e[4] === "cannot-evaluate" ? "cannot be evaluated" : e[2]) + (e[3] ? ", " + e[3] : "") + "] ", e[5] + acc]));
        });
        box.appendChild(list);
      }
      if (c.o) box.appendChild(el("p", { "class": "muted" }, ["… " + c.o + " more finding(s): see the JSON report."]));
    });
    return box;
  }
  function render() {
    var tbody = $("results-body");
    tbody.textContent = "";
    var fi = fFramework.value, si = fStack.value, status = fStatus.value, sev = fSeverity.value, text = fText.value.trim().toLowerCase();
    var total = 0, shown = 0, frag = document.createDocumentFragment();
    D.frameworks.forEach(function (f, i) {
      if (fi !== "" && Number(fi) !== i) return;
      f.requirements.forEach(function (r) {
        var textHit = !text || (r.id + " " + r.title + " " + r.controls.join(" ")).toLowerCase().indexOf(text) >= 0;
        f.stacks.forEach(function (stackIndex, k) {
          if (si !== "" && Number(si) !== stackIndex) return;
          var s = statusOf(r, k);
          if (status !== "" && s !== status) return;
          var stack = D.stacks[stackIndex];
          if (!textHit && stack.id.toLowerCase().indexOf(text) < 0) return;
          var severity = r.automation === "automated" ? severityOf(r, stackIndex, s) : null;
          if (sev !== "" && severity !== sev) return;
          total++;
          if (shown >= limit) return;
          shown++;
          var tr = el("tr", { "class": "result-row", tabindex: "0", "data-status": s, "data-framework": f.id, "data-stack": stack.id, "data-requirement": r.id }, [
            el("td", null, [f.id]), el("td", null, [r.id]), el("td", null, [r.title]), el("td", null, [stack.id]),
            el("td", null, [badge(s)]), el("td", null, [severity || ""]),
            el("td", null, [r.automation === "automated" ? (r.enforcedAt.indexOf("preventive") >= 0 ? "preview + landing zone" : "preview") + (r.enforcedAt.indexOf("response") >= 0 ? " + response" : "") : LABEL[r.automation]]),
          ]);
          var open = null;
          function toggle() {
            if (open) { open.remove(); open = null; return; }
            open = el("tr", { "class": "detail-row" }, [el("td", { colspan: "7" }, [detail(f, r, stackIndex)])]);
            tr.after(open);
          }
          tr.addEventListener("click", toggle);
          tr.addEventListener("keydown", function (ev) { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); toggle(); } });
          frag.appendChild(tr);
        });
      });
    });
    tbody.appendChild(frag);
    $("match-count").textContent = total + " matching row(s)" + (total > shown ? ", showing the first " + shown : "");
    $("match-count").setAttribute("data-total", String(total));
    $("more").hidden = total <= shown;
  }
  function reset() { limit = PAGE; render(); }
  [fFramework, fStack, fStatus, fSeverity].forEach(function (s) { s.addEventListener("change", reset); });
  fText.addEventListener("input", reset);
  $("more").addEventListener("click", function () { limit += PAGE; render(); });
  render();
  document.body.setAttribute("data-ready", "true");
})();
`;

function* data(report: ComplianceReport): Generator<string> {
  const controls: Record<string, { title: string; severity: string; cloud: string }> = {};
  for (const f of report.frameworks)
    for (const r of f.requirements)
      for (const id of r.controls) {
        const c = controlById(id);
        if (c && !controls[id]) controls[id] = { title: c.title, severity: c.severity, cloud: c.cloud };
      }
  for (const s of report.stacks)
    for (const c of s.controls) {
      const meta = controlById(c.controlId);
      if (meta && !controls[c.controlId]) controls[c.controlId] = { title: meta.title, severity: meta.severity, cloud: meta.cloud };
    }
  yield `{"meta":${scriptJson({ generatedAt: report.generatedAt, tool: report.tool, options: report.options, outcome: report.outcome })}`;
  yield `,"summary":${scriptJson(report.summary)},"inputs":${scriptJson(report.inputs)},"controls":${scriptJson(controls)}`;
  yield `,"stacks":${scriptJson(report.stacks.map((s) => ({ id: s.id, input: s.input, clouds: s.clouds, resources: s.resourceCount, findings: s.findings })))}`;
  yield ',"frameworks":[';
  for (const [i, f] of report.frameworks.entries()) {
    const requirements = f.requirements.map((r) => ({
      id: r.id,
      title: r.title,
      automation: r.automation,
      enforcedAt: r.enforcedAt,
      controls: r.controls,
      reason: r.reason,
      cells: r.cells,
    }));
    yield `${i > 0 ? "," : ""}${scriptJson({ id: f.id, label: f.label, cloud: f.cloud, coverage: f.coverage, stacks: f.stacks, requirements })}`;
  }
  yield '],"results":[';
  for (const { index, controls: results } of withEvidence(report)) {
    const out: Record<string, unknown> = {};
    for (const c of results) out[c.controlId] = compact(c);
    yield `${index > 0 ? "," : ""}${scriptJson(out)}`;
  }
  yield "]}";
}

function compact(c: ControlResult) {
  return {
    s: c.status,
    a: c.applicable,
    p: c.passing,
    f: c.failing,
    ac: c.accepted,
    c: c.cannotEvaluate,
    n: c.note,
    e: c.evidence.map((e) => [
      e.urn,
      e.resourceType,
      e.enforcementLevel,
      e.severity,
      e.kind,
      e.message,
      e.acceptance ? [e.acceptance.source, e.acceptance.reason, e.acceptance.expires, e.acceptance.expired] : null,
    ]),
    o: c.evidenceOmitted,
  };
}

export function* renderHtml(report: ComplianceReport): Generator<string> {
  const s = report.summary;
  const failed = report.inputs.filter((i) => i.status === "failed");
  const title = `Palisade compliance report — ${s.stacks} stack(s), ${report.generatedAt.slice(0, 10)}`;
  yield `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>Palisade compliance report</h1>
<p class="meta">Generated ${esc(report.generatedAt)} by Palisade ${esc(report.tool.version)} · frameworks: ${esc(report.options.frameworks.join(", ") || "none")} · fail on: ${esc(report.options.failOn)}${report.options.baseline ? ` · baseline: <code>${esc(report.options.baseline)}</code>` : ""}</p>
<p><span class="outcome ${outcomeBadge(report).className}" data-testid="outcome">${outcomeBadge(report).label}</span> ${esc(report.outcome.reason)}</p>
</header>
`;
  if (failed.length > 0) {
    yield `<div class="banner" id="failed-inputs" role="alert"><strong>${failed.length} input(s) could not be read or evaluated; this report covers the rest.</strong><ul>${failed.map((i) => `<li data-input="${esc(i.path)}"><code>${esc(i.path)}</code>: ${esc(i.error)}</li>`).join("")}</ul></div>\n`;
  }
  yield summaryCards(report);
  yield charts(report);
  yield coverageTable(report);
  yield stacksTable(report);
  yield `<section><h2>Results</h2>
<p class="hint">One row per framework requirement and stack. Select a row to see its controls and the resources they found.</p>
<div class="filters">
<label>Framework<select id="filter-framework"><option value="">all</option></select></label>
<label>Stack<select id="filter-stack"><option value="">all</option></select></label>
<label>Status<select id="filter-status"><option value="">all</option>${["fail", "accepted", "cannot-evaluate", "pass", "not-applicable", "manual", "not-covered"].map((st) => `<option value="${st}">${esc(STATUS_LABEL[st])}</option>`).join("")}</select></label>
<label>Severity<select id="filter-severity"><option value="">all</option>${["critical", "high", "medium", "low"].map((sv) => `<option value="${sv}">${sv}</option>`).join("")}</select></label>
<label>Search<input id="filter-text" type="search" placeholder="requirement, title, stack, control"></label>
<span id="match-count" class="muted"></span>
</div>
<div class="scroll"><table id="results"><thead><tr><th>Framework</th><th>Requirement</th><th>Title</th><th>Stack</th><th>Status</th><th>Severity</th><th>Automation</th></tr></thead><tbody id="results-body"></tbody></table></div>
<button id="more" type="button" hidden>Show more</button>
<noscript><p>The results explorer needs JavaScript; the JSON and CSV reports hold the same rows.</p></noscript>
</section>
<script type="application/json" id="report-data">`;
  yield* data(report);
  yield `</script>
<script>${APP}</script>
<footer class="meta"><p>Automation “${esc(enforcedAtLabel(["preview", "preventive"]))}”: a control checks the requirement at preview (policy pack) and the landing zone also deploys its preventive form (SCP/RCP, Azure Policy, GCP organisation policy).</p></footer>
</body>
</html>
`;
}
