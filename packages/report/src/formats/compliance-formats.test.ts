import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { afterAll, describe, expect, it } from "vitest";
import { collect, devStack, prodStack, resource, snapshot } from "../../test/compliance-fixture";
import { renderComplianceJson } from "../compliance/json";
import type { ComplianceReport } from "../compliance/model";
import { renderComplianceJunit, renderComplianceSarif } from "../compliance/scan-result";
import { CSV_COLUMNS, csvField, renderCsv } from "./csv";
import { renderHtml } from "./html";
import { renderMarkdown } from "./markdown";
import { oscalControlId, renderOscal, uuidV5 } from "./oscal";

const { collector } = collect([prodStack(), devStack()]);
collector.addFailure("broken.json", "invalid JSON: Unexpected end of JSON input");
const full: ComplianceReport = collector.finish();
afterAll(() => collector.dispose());

/** RFC 4180 parser, strict about quotes, for the tests. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
      } else field += text[i++];
    } else if (c === '"' && field === "") {
      quoted = true;
      i++;
    } else if (c === ",") {
      row.push(field);
      field = "";
      i++;
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += 2;
    } else if (c === "\n" || c === "\r" || c === '"') throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
    else field += text[i++];
  }
  if (field !== "" || row.length > 0) throw new Error("last line without CRLF");
  return rows;
}

describe("CSV", () => {
  it("quotes per RFC 4180 and defuses spreadsheet formulas", () => {
    expect(csvField('say "hi", then\r\nleave')).toBe('"say ""hi"", then\r\nleave"');
    expect(csvField("plain")).toBe("plain");
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField(-1)).toBe("-1");
    expect(csvField(null)).toBe("");
  });

  it("has one row per framework requirement × stack, and one per failed input", () => {
    const rows = parseCsv([...renderCsv(full)].join(""));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const expected = full.frameworks.reduce((n, f) => n + f.requirements.length * f.stacks.length, 0);
    const data = rows.slice(1);
    expect(data.length).toBe(expected + 1);
    for (const r of data) expect(r.length).toBe(CSV_COLUMNS.length);
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    expect(data.at(-1)?.[col("status")]).toBe("input-error");
    expect(data.at(-1)?.[col("input")]).toBe("broken.json");
    const failing = data.filter((r) => r[col("status")] === "fail");
    expect(failing.length).toBe(full.frameworks.reduce((n, f) => n + f.requirements.reduce((m, r) => m + r.counts.fail, 0), 0));
    expect(failing.some((r) => r[col("evidence")].includes("::plain"))).toBe(true);
    const manual = data.find((r) => r[col("status")] === "manual");
    expect(manual?.[col("reason")]).toBeTruthy();
  });
});

describe("JSON", () => {
  it("validates against the published schema and lists every finding", () => {
    const doc = JSON.parse([...renderComplianceJson(full)].join(""));
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(join(__dirname, "..", "..", "schema", "compliance-report.schema.json"), "utf8")));
    expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(doc.findings.length).toBe(full.summary.total);
    const cis = doc.frameworks.find((f: { id: string }) => f.id === "cis-aws-7.0");
    expect(Object.keys(cis.perStack)).toEqual(["acme/prod", "acme/dev"]);
    const automated = cis.requirements.find((r: { automation: string }) => r.automation === "automated");
    expect(Object.keys(automated.results)).toEqual(["acme/prod", "acme/dev"]);
  });

  it("is valid JSON when there is nothing to report", () => {
    const { report: empty, collector: c } = collect([]);
    try {
      const doc = JSON.parse([...renderComplianceJson(empty)].join(""));
      expect(doc).toMatchObject({ stacks: [], frameworks: [], findings: [] });
    } finally {
      c.dispose();
    }
  });
});

describe("Markdown", () => {
  it("stays under a pull-request comment's limit and says what it left out", () => {
    const many = Array.from({ length: 40 }, (_, i) =>
      snapshot(`s${i}`, [
        ...Array.from({ length: 10 }, (_, j) => resource(`s${i}`, "aws:ebs/volume:Volume", `v${j}`, { encrypted: false, size: 1 })),
      ]),
    );
    const { report: big, collector: c } = collect(many);
    try {
      const md = renderMarkdown(big);
      expect(md.length).toBeLessThan(65_536);
      expect(md).toMatch(/… \d+ more/);
      const small = renderMarkdown(big, { maxLength: 5_000 });
      expect(small.length).toBeLessThanOrEqual(5_000 + 1);
    } finally {
      c.dispose();
    }
  });

  it("summarises the outcome, the coverage and the new findings", () => {
    const md = renderMarkdown(full);
    expect(md).toContain("❌ **Failing:**");
    expect(md).toMatch(/\| CIS Amazon Web Services Foundations Benchmark 7\.0 \(cis-aws-7\.0\) \| 70 \|/);
    expect(md).toContain("broken.json");
    expect(md).toMatch(/### New findings \(\d+\)/);
  });
});

describe("an ungated run (--fail-on none)", () => {
  const run = collect([prodStack()], { failOn: "none" });
  const ungated = run.collector.finish();
  afterAll(() => run.collector.dispose());

  it("says 'Not gated' with the counts, never a green 'Passing' over open mandatory findings", () => {
    expect(ungated.summary.newMandatory).toBeGreaterThan(0);
    const html = [...renderHtml(ungated)].join("");
    expect(html).toContain(`<span class="outcome not-gated" data-testid="outcome">Not gated</span> ${ungated.outcome.reason}`);
    expect(html).not.toContain(">Passing<");
    const md = renderMarkdown(ungated);
    expect(md).toContain(`⚪ **Not gated:** ${ungated.outcome.reason}`);
    expect(md).not.toContain("**Passing:**");
  });
});

describe("OSCAL helpers", () => {
  it("makes name-based version 5 UUIDs", () => {
    const u = uuidV5("resource:urn:x");
    expect(u).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(uuidV5("resource:urn:x")).toBe(u);
    // RFC 4122 appendix B example (DNS namespace, "python.org").
    expect(uuidV5("python.org", "6ba7b810-9dad-11d1-80b4-00c04fd430c8")).toBe("886313e1-3b8a-5372-9b90-0c9aee199e5d");
  });

  it("turns requirement ids into OSCAL control tokens", () => {
    expect(oscalControlId("nist-800-53-r5", "AC-6(9)")).toBe("ac-6.9");
    expect(oscalControlId("nist-800-53-r5", "AC-2(3)(a)")).toBe("ac-2.3.a");
    expect(oscalControlId("hipaa", "164.312(a)(2)(iv)")).toBe("hipaa_164.312.a.2.iv");
    expect(oscalControlId("cis-aws-7.0", "2.1.1")).toBe("cis-aws-7.0_2.1.1");
    expect(oscalControlId("iso27001-2022", "A.8.24")).toBe("iso27001-2022_A.8.24");
  });

  it("has one result per stack and one for the failed input", () => {
    const doc = JSON.parse([...renderOscal(full)].join(""));
    const results = doc["assessment-results"].results;
    expect(results.map((r: { title: string }) => r.title)).toEqual([
      "Palisade assessment of acme/prod",
      "Palisade assessment of acme/dev",
      "Input failed: broken.json",
    ]);
  });
});

describe("HTML", () => {
  const html = [...renderHtml(full)].join("");

  it("is one self-contained file: no external resource, and a policy that forbids any", () => {
    expect(html).toMatch(/Content-Security-Policy" content="default-src 'none'/);
    expect(html).not.toMatch(/<(script|link|img|iframe)[^>]+(src|href)=/i);
    expect(html).not.toMatch(/url\(/);
    expect(html).not.toMatch(/@import/);
  });

  it("embeds its data so that nothing can close the script element early", () => {
    const data = html.slice(html.indexOf('id="report-data">') + 17, html.indexOf("</script>"));
    expect(data).not.toContain("<");
    const parsed = JSON.parse(data);
    expect(parsed.stacks.map((s: { id: string }) => s.id)).toEqual(["acme/prod", "acme/dev"]);
  });

  it("shows the summary numbers and the failed input", () => {
    expect(html).toContain(`data-testid="summary-findings">${full.summary.total}<`);
    expect(html).toContain('id="failed-inputs"');
    expect(html).toContain("broken.json");
  });
});

describe("SARIF and JUnit of a report", () => {
  it("carry every finding, with accepted ones suppressed, and the failed inputs", () => {
    const sarif = JSON.parse([...renderComplianceSarif(full)].join(""));
    expect(sarif.runs[0].results.length).toBe(full.summary.total);
    expect(sarif.runs[0].invocations[0].toolExecutionNotifications[0].message.text).toMatch(/broken\.json/);
    const junit = [...renderComplianceJunit(full)].join("");
    expect(junit).toContain('<testsuite name="inputs" tests="1" failures="0" errors="1"');
    expect(junit).toContain('<testsuite name="acme/prod"');
    const tests = [...junit.matchAll(/<testsuite name="[^"]*" tests="(\d+)"/g)].reduce((n, m) => n + Number(m[1]), 0);
    expect(junit).toContain(`<testsuites name="palisade" tests="${tests}"`);
    // Rules are indexed across stacks.
    for (const r of sarif.runs[0].results) expect(sarif.runs[0].tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
  });
});
