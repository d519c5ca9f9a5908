#!/usr/bin/env node
// `npm run bench`: figures, not assertions. Every comparison is a ratio against a baseline measured in this run.
//  1. cold start (spawn → first Analyze answered): our AWS pack vs a one-policy pack vs @pulumi/awsguard
//  2. per-resource Analyze latency of the same three packs over the same 2,000 resources
//  3. in-process `palisade scan` of a generated 100,000-resource stack export vs JSON.parse of that file, peak memory
//  4. `palisade report` over 250 and 1,000 generated stack exports: time, peak memory, growth (bench/report-scale.mjs)
import { spawnSync } from "node:child_process";
import { mkdirSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { plannedResources, stackExport } from "./generate.mjs";
import { main as reportScale } from "./report-scale.mjs";

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const data = join(root, "bench", ".data");
mkdirSync(data, { recursive: true });
const { measureAnalyzeLatency, measureColdStart } = require(join(root, "packages/engine/dist/index.js"));

const packs = {
  "one-policy pack (baseline)": join(root, "packages/engine/test-fixtures/packs/one-policy"),
  "palisade-aws-guardrails": join(root, "policy-packs/aws-guardrails"),
  "@pulumi/awsguard": join(root, "test/third-party/awsguard-pack"),
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms) => `${ms.toFixed(ms < 10 ? 2 : 0)} ms`;
const results = { machine: { node: process.version, cpus: (await import("node:os")).cpus().length }, coldStart: {}, latency: {}, scan: {} };

console.log("## 1. Cold start: spawn → first Analyze answered (median of 5)\n");
console.log("| Pack | Median | Ratio to baseline |\n|---|---|---|");
let base;
for (const [label, dir] of Object.entries(packs)) {
  const runs = [];
  for (let i = 0; i < 5; i++) runs.push((await measureColdStart(dir)).firstAnalyzeMs);
  const m = median(runs);
  base ??= m;
  results.coldStart[label] = { medianMs: m, runsMs: runs };
  console.log(`| ${label} | ${fmt(m)} | ${(m / base).toFixed(2)}× |`);
}

console.log("\n## 2. Analyze latency over the same 2,000 resources\n");
console.log("| Pack | Sequential mean | p95 | 8 in flight: wall time | per resource | Ratio (wall) |\n|---|---|---|---|---|---|");
const resources = plannedResources(2000);
base = undefined;
for (const [label, dir] of Object.entries(packs)) {
  const r = await measureAnalyzeLatency(dir, resources, 8);
  base ??= r.concurrent.wallMs;
  results.latency[label] = r;
  console.log(
    `| ${label} | ${fmt(r.sequential.meanMs)} | ${fmt(r.sequential.p95Ms)} | ${fmt(r.concurrent.wallMs)} | ${fmt(r.concurrent.wallMs / resources.length)} | ${(r.concurrent.wallMs / base).toFixed(2)}× |`,
  );
}

console.log("\n## 3. In-process scan of a 100,000-resource stack export\n");
const file = join(data, "export-100k.json");
writeFileSync(file, JSON.stringify(stackExport(100_000)));
const sizeMb = statSync(file).size / 1e6;
/** Wall time and peak RSS of a child process, from GNU time. */
function timed(args) {
  const r = spawnSync("/usr/bin/time", ["-f", "%e %M", process.execPath, ...args], { encoding: "utf8", maxBuffer: 1 << 28 });
  const last = r.stderr.trim().split("\n").pop().split(" ");
  return { seconds: Number(last[0]), peakMb: Number(last[1]) / 1024, status: r.status };
}
const parse = timed(["-e", `JSON.parse(require("fs").readFileSync(${JSON.stringify(file)}, "utf8"))`]);
const out = join(data, "scan-100k.json");
const scan = timed([join(root, "packages/cli/dist/bin.js"), "scan", file, "--format", "json", "--out", out, "--quiet"]);
results.scan = { fileMb: sizeMb, jsonParse: parse, palisadeScan: scan };
console.log(`File: ${sizeMb.toFixed(0)} MB, 100,000 resources (exit status of the scan: ${scan.status}, 1 = mandatory findings)\n`);
console.log("| Run | Wall time | Peak RSS | Ratio (time) |\n|---|---|---|---|");
console.log(`| JSON.parse of the file (baseline) | ${parse.seconds.toFixed(2)} s | ${parse.peakMb.toFixed(0)} MB | 1.00× |`);
console.log(
  `| palisade scan (read, evaluate in-process, JSON report) | ${scan.seconds.toFixed(2)} s | ${scan.peakMb.toFixed(0)} MB | ${(scan.seconds / parse.seconds).toFixed(2)}× |`,
);
results.report = reportScale();
writeFileSync(join(data, "results.json"), JSON.stringify(results, null, 2));
console.log(`\nRaw figures: ${join("bench", ".data", "results.json")}`);
