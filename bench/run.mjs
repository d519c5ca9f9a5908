#!/usr/bin/env node
// `npm run bench`: figures, not assertions. Every comparison is a ratio against a baseline measured in this run.
//  1. packs over the analyzer protocol, started as the engine starts them (run-policy-pack, port,
//     GetAnalyzerInfo, Configure, Analyze): start-up to first answer, and per-resource Analyze over 50 mixed
//     AWS resources; the one-policy pack (the protocol floor), @pulumi/awsguard, our AWS pack as the workspace
//     runs it (tsc output) and as published (dist/pack: one bundle); 5 rounds, packs interleaved, medians
//  2. in-process `palisade scan` of a generated 100,000-resource stack export vs JSON.parse of that file
//  3. `palisade report` over 250 and 1,000 generated stack exports (bench/report-scale.mjs)
// Options: --rounds N (default 5), --skip-report, --skip-scan, --compare DIR (a built checkout of another
// revision, e.g. main: its AWS pack and its `palisade scan` are measured in the same run, as extra rows).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { plannedResources, stackExport } from "./generate.mjs";
import { main as reportScale } from "./report-scale.mjs";

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const data = join(root, "bench", ".data");
mkdirSync(data, { recursive: true });
const { startPolicyPack } = require(join(root, "packages/engine/dist/index.js"));
const arg = (name) => process.argv.includes(name);
const option = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const ROUNDS = Number(option("--rounds")) || 5;
const compare = option("--compare");
if (compare && !existsSync(join(compare, "packages/cli/dist/bin.js"))) {
  console.error(`--compare ${compare}: no built checkout there (packages/cli/dist/bin.js is missing)`);
  process.exit(2);
}

const packs = {
  "one-policy pack (the protocol floor)": join(root, "packages/engine/test-fixtures/packs/one-policy"),
  "@pulumi/awsguard 0.3.1 (28 policies)": join(root, "test/third-party/awsguard-pack"),
  "palisade-aws-guardrails, workspace (tsc output)": join(root, "policy-packs/aws-guardrails"),
  "palisade-aws-guardrails, published (dist/pack bundle)": join(root, "policy-packs/aws-guardrails/dist/pack"),
  ...(compare ? { [`palisade-aws-guardrails at ${compare}`]: join(compare, "policy-packs/aws-guardrails") } : {}),
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = { machine: { node: process.version, cpus: cpus().length }, rounds: ROUNDS, packs: {}, scan: {} };

// The same 50 resources for every pack: buckets and their public-access blocks, instances, security
// groups, volumes and keys, in wire form with unknowns and secrets.
const RESOURCES = plannedResources(50);
const PASSES = 6;

/**
 * CPU time the pack process has used so far, in ms: the sum over its threads of /proc/<pid>/task/<tid>/schedstat
 * (nanoseconds on CPU). Unlike wall time it does not grow when other work shares the machine. `child` is private
 * in TypeScript; the bench reads it only to find the pid.
 */
function packCpuMs(pack) {
  const pid = pack.child?.pid;
  if (!pid || !existsSync(`/proc/${pid}/task`)) return Number.NaN;
  let ns = 0;
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      ns += Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, "utf8").split(" ")[0]);
    } catch {
      // the thread ended between listing and reading
    }
  }
  return ns / 1e6;
}

/**
 * One start of a pack: spawn → first Analyze answered, then per-resource Analyze over the mix, sequentially.
 * Wall time as the engine sees it, and CPU time: the pack's own, plus this (client) process's.
 */
async function oneRound(dir) {
  const started = performance.now();
  const pack = await startPolicyPack(dir);
  try {
    await pack.getAnalyzerInfo();
    await pack.configure({});
    await pack.analyze(RESOURCES[0]);
    const firstAnswerMs = performance.now() - started;
    const firstAnswerCpuMs = packCpuMs(pack);
    for (const r of RESOURCES) await pack.analyze(r); // warm-up pass
    const cpu0 = packCpuMs(pack);
    const client0 = process.cpuUsage();
    const t = performance.now();
    for (let i = 0; i < PASSES; i++) for (const r of RESOURCES) await pack.analyze(r);
    const calls = PASSES * RESOURCES.length;
    const client = process.cpuUsage(client0);
    return {
      firstAnswerMs,
      firstAnswerCpuMs,
      perResourceMs: (performance.now() - t) / calls,
      perResourceCpuMs: (packCpuMs(pack) - cpu0 + (client.user + client.system) / 1000) / calls,
    };
  } finally {
    await pack.close();
  }
}

console.log(`## 1. Packs over the analyzer protocol (${RESOURCES.length} mixed AWS resources; ${ROUNDS} rounds, medians)\n`);
for (let round = 0; round < ROUNDS; round++) {
  for (const [label, dir] of Object.entries(packs)) {
    const r = await oneRound(dir);
    results.packs[label] ??= { firstAnswerMs: [], firstAnswerCpuMs: [], perResourceMs: [], perResourceCpuMs: [] };
    for (const k of Object.keys(r)) results.packs[label][k].push(r[k]);
  }
}
const [floor] = Object.values(results.packs);
const columns = [
  ["firstAnswerMs", "Start-up to first answer", 0],
  ["perResourceMs", "Per-resource Analyze", 2],
  ["firstAnswerCpuMs", "Start-up, pack CPU", 0],
  ["perResourceCpuMs", "Per-resource Analyze, CPU (pack + engine)", 2],
];
console.log(`| Pack | ${columns.map(([, title]) => `${title} | Ratio`).join(" | ")} |\n|---|${columns.map(() => "---|---|").join("")}`);
for (const [label, r] of Object.entries(results.packs)) {
  const cells = columns.map(([key, , digits]) => {
    const m = median(r[key]);
    r[`median_${key}`] = m;
    r[`ratio_${key}`] = m / median(floor[key]);
    return `${m.toFixed(digits)} ms | ${(m / median(floor[key])).toFixed(2)}×`;
  });
  console.log(`| ${label} | ${cells.join(" | ")} |`);
}

/** Wall time, CPU time (user + system) and peak RSS of a child process, from GNU time. */
function timed(args) {
  const r = spawnSync("/usr/bin/time", ["-f", "%e %U %S %M", process.execPath, ...args], { encoding: "utf8", maxBuffer: 1 << 28 });
  const last = r.stderr.trim().split("\n").pop().split(" ");
  return { seconds: Number(last[0]), cpuSeconds: Number(last[1]) + Number(last[2]), peakMb: Number(last[3]) / 1024, status: r.status };
}

if (!arg("--skip-scan")) {
  console.log("\n## 2. In-process scan of a 100,000-resource stack export\n");
  const file = join(data, "export-100k.json");
  writeFileSync(file, JSON.stringify(stackExport(100_000)));
  const sizeMb = statSync(file).size / 1e6;
  const parse = timed(["-e", `JSON.parse(require("fs").readFileSync(${JSON.stringify(file)}, "utf8"))`]);
  const out = join(data, "scan-100k.json");
  const scan = timed([join(root, "packages/cli/dist/bin.js"), "scan", file, "--format", "json", "--out", out, "--quiet"]);
  const other = compare
    ? timed([join(compare, "packages/cli/dist/bin.js"), "scan", file, "--format", "json", "--out", out, "--quiet"])
    : undefined;
  results.scan = { fileMb: sizeMb, jsonParse: parse, palisadeScan: scan, ...(other ? { compare: other } : {}) };
  console.log(`File: ${sizeMb.toFixed(0)} MB, 100,000 resources (exit status of the scan: ${scan.status}, 1 = mandatory findings)`);
  console.log(`Command: node packages/cli/dist/bin.js scan export-100k.json --format json --out scan-100k.json --quiet\n`);
  console.log("| Run | Wall time | Ratio | CPU time | Ratio | Peak RSS | × file size |\n|---|---|---|---|---|---|---|");
  for (const [label, r] of [
    ["JSON.parse of the file (baseline)", parse],
    ["palisade scan (read, evaluate in-process, JSON report)", scan],
    ...(other ? [[`palisade scan at ${compare}`, other]] : []),
  ]) {
    console.log(
      `| ${label} | ${r.seconds.toFixed(2)} s | ${(r.seconds / parse.seconds).toFixed(2)}× | ${r.cpuSeconds.toFixed(2)} s | ${(r.cpuSeconds / parse.cpuSeconds).toFixed(2)}× | ${r.peakMb.toFixed(0)} MB | ${(r.peakMb / sizeMb).toFixed(1)}× |`,
    );
  }
}
if (!arg("--skip-report")) results.report = reportScale();
writeFileSync(join(data, "results.json"), JSON.stringify(results, null, 2));
console.log(`\nRaw figures: ${join("bench", ".data", "results.json")}`);
