import { execSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { controlById } from "@palisade/controls";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error: the benchmark generators are plain JavaScript
import { stackExport } from "../bench/generate.mjs";
import { FIXTURES, palisade, tempDir } from "./helpers";

/**
 * The HTML report in a real browser (Debian's Chromium, headless): it renders, its numbers are the JSON
 * report's, the filters and the drill-down work, and the page makes no network request at all.
 */

const CHROMIUM = "/usr/bin/chromium";

// biome-ignore lint/suspicious/noExplicitAny: the report is checked against its schema elsewhere
type Json = any;

function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  execSync("apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium", { stdio: "inherit" });
}

describe("the HTML report in Chromium", () => {
  const dir = tempDir("palisade-html-");
  const out = join(dir, "out");
  let report: Json;
  let context: BrowserContext;
  let page: Page;
  const requests: string[] = [];
  let url: string;

  beforeAll(async () => {
    ensureChromium();
    const backend = join(dir, "backend", ".pulumi", "stacks", "bench");
    mkdirSync(backend, { recursive: true });
    for (const stack of ["prod", "dev"])
      writeFileSync(
        join(backend, `${stack}.json`),
        JSON.stringify({ version: 3, checkpoint: { stack, latest: stackExport(60, "bench", stack).deployment } }),
      );
    const broken = join(dir, "broken.json");
    writeFileSync(broken, "{");
    const r = palisade([
      "report",
      join(FIXTURES, "sample-export.json"),
      join(dir, "backend"),
      broken,
      "--keep-going",
      "--format",
      "html,json",
      "--out",
      out,
      "--quiet",
    ]);
    expect(r.code, r.stderr).toBe(2);
    report = JSON.parse(readFileSync(join(out, "palisade-report.json"), "utf8"));

    context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "palisade-chromium-")), {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on("request", (req) => requests.push(req.url()));
    url = pathToFileURL(join(out, "palisade-report.html")).href;
    await page.goto(url);
    await page.waitForSelector("body[data-ready=true]");
  }, 900_000);

  afterAll(async () => {
    await context?.close();
  });

  const text = (selector: string) => page.locator(selector).first().textContent();
  const rows = () => page.locator("tr.result-row").count();
  async function filter(values: { framework?: string; stack?: string; status?: string; severity?: string; text?: string }) {
    await page.selectOption("#filter-framework", values.framework ?? "");
    await page.selectOption("#filter-stack", values.stack ?? "");
    await page.selectOption("#filter-status", values.status ?? "");
    await page.selectOption("#filter-severity", values.severity ?? "");
    await page.fill("#filter-text", values.text ?? "");
  }
  const frameworkIndex = (id: string) => String(report.frameworks.findIndex((f: Json) => f.id === id));
  const stackIndex = (id: string) => String(report.stacks.findIndex((s: Json) => s.id === id));

  it("renders the summary, the charts and the failed input", async () => {
    expect(await page.title()).toMatch(/Palisade compliance report/);
    for (const chart of ["chart-coverage", "chart-results", "chart-severity", "chart-cloud", "chart-stack"])
      expect(await page.locator(`#${chart} svg rect`).count(), chart).toBeGreaterThan(0);
    expect(await text("#failed-inputs")).toMatch(/broken\.json/);
    expect(await rows()).toBeGreaterThan(0);
  });

  it("shows the JSON report's numbers", async () => {
    const s = report.summary;
    const cards: Record<string, number> = {
      stacks: s.stacks,
      resources: s.resources,
      findings: s.total,
      mandatory: s.mandatory,
      advisory: s.advisory,
      new: s.new,
      accepted: s.accepted,
    };
    for (const [id, value] of Object.entries(cards)) expect(await text(`[data-testid=summary-${id}]`), id).toBe(String(value));
    for (const f of report.frameworks) {
      const row = page.locator(`#coverage tr[data-framework="${f.id}"]`);
      expect(await row.locator("[data-field=requirements]").textContent()).toBe(String(f.coverage.requirements));
      expect(await row.locator("[data-field=automated]").textContent()).toBe(String(f.coverage.automated));
      expect(await row.locator("[data-field=manual]").textContent()).toBe(String(f.coverage.manual));
      expect(await row.locator("[data-field=not-covered]").textContent()).toBe(String(f.coverage["notCovered"]));
      const fails = Object.values(f.perStack).reduce((n: number, c: Json) => n + c.fail, 0);
      expect(await row.locator("[data-field=fail]").textContent()).toBe(String(fails));
    }
    for (const st of report.stacks) {
      const row = page.locator(`#stacks tr[data-stack="${st.id}"]`);
      expect(await row.locator("[data-field=findings]").textContent()).toBe(String(st.findings.total));
    }
    const bars = page.locator("#chart-severity [data-bar]");
    for (const sev of ["critical", "high", "medium", "low"])
      expect(await page.locator(`#chart-severity [data-bar="${sev}"]`).textContent()).toBe(String(s.bySeverity[sev]));
    expect(await bars.count()).toBe(5);
  });

  it("filters by framework, stack and status: the rows are the JSON report's", async () => {
    const cis = report.frameworks.find((f: Json) => f.id === "cis-aws-7.0");
    await filter({ framework: frameworkIndex("cis-aws-7.0"), status: "fail" });
    const fails = cis.requirements.reduce((n: number, r: Json) => n + r.counts.fail, 0);
    expect(fails).toBeGreaterThan(0);
    expect(await rows()).toBe(fails);
    expect(await page.locator("#match-count").getAttribute("data-total")).toBe(String(fails));
    expect(await page.locator("tr.result-row[data-status=fail]").count()).toBe(fails);

    await filter({ framework: frameworkIndex("cis-aws-7.0"), stack: stackIndex("bench/prod"), status: "pass" });
    const passing = cis.requirements.filter((r: Json) => r.results["bench/prod"] === "pass").length;
    expect(passing).toBe(cis.perStack["bench/prod"].pass);
    expect(await rows()).toBe(passing);
    expect(await page.locator('tr.result-row[data-stack="bench/prod"]').count()).toBe(passing);

    await filter({ framework: frameworkIndex("cis-aws-7.0"), status: "manual" });
    expect(await rows()).toBe(cis.coverage.manual * cis.stacks.length);
  });

  it("filters by severity: the highest severity among the controls that fail", async () => {
    const expected = (severity: string) => {
      let n = 0;
      for (const f of report.frameworks)
        for (const stackId of f.stacks) {
          const controls = new Map(report.stacks.find((s: Json) => s.id === stackId).controls.map((c: Json) => [c.controlId, c]));
          for (const r of f.requirements) {
            if (r.results[stackId] !== "fail") continue;
            const sevs = r.controls
              .filter((id: string) => (controls.get(id) as Json)?.status === "fail")
              .map((id: string) => controlById(id)?.severity);
            const top = ["critical", "high", "medium", "low"].find((x) => sevs.includes(x));
            if (top === severity) n++;
          }
        }
      return n;
    };
    for (const severity of ["high", "medium"]) {
      await filter({ status: "fail", severity });
      const n = expected(severity);
      expect(Number(await page.locator("#match-count").getAttribute("data-total")), severity).toBe(n);
      expect(await rows()).toBe(Math.min(n, 500));
    }
  });

  it("searches, pages and drills down to the resources", async () => {
    await filter({ text: "6.1.1", framework: frameworkIndex("cis-aws-7.0") });
    expect(await rows()).toBe(report.frameworks.find((f: Json) => f.id === "cis-aws-7.0").stacks.length);

    await filter({});
    const total = Number(await page.locator("#match-count").getAttribute("data-total"));
    expect(total).toBe(report.frameworks.reduce((n: number, f: Json) => n + f.requirements.length * f.stacks.length, 0));
    expect(await rows()).toBe(500);
    await page.click("#more");
    expect(await rows()).toBe(Math.min(1000, total));

    // A failing EBS requirement of bench/prod lists the unencrypted volumes the control found.
    await filter({ framework: frameworkIndex("cis-aws-7.0"), stack: stackIndex("bench/prod"), text: "6.1.1" });
    await page.click("tr.result-row");
    const detail = page.locator("tr.detail-row");
    await detail.waitFor();
    const ebs = report.stacks
      .find((s: Json) => s.id === "bench/prod")
      .controls.find((c: Json) => c.controlId === "aws-ec2-ebs-volume-encrypted");
    expect(ebs.status).toBe("fail");
    const items = detail.locator("li.resource");
    expect(await items.count()).toBe(ebs.evidence.length);
    expect(await items.first().textContent()).toContain(ebs.evidence[0].urn);
    await page.click("tr.result-row");
    expect(await page.locator("tr.detail-row").count()).toBe(0);
  });

  it("made no network request: only the file itself was loaded", async () => {
    await page.screenshot({ path: join(dir, "report.png"), fullPage: false });
    expect(requests).toContain(url);
    expect(requests.filter((r) => r !== url)).toEqual([]);
  });
});
