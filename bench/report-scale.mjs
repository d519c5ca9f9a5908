#!/usr/bin/env node
// `palisade report` at scale: 250 and 1,000 generated stack exports of about 200 resources each, every
// auditor format at once. Wall time and peak RSS of the CLI as a child process (GNU time), and the growth
// from 250 to 1,000 stacks: time should grow about 4×, memory stay roughly flat, because the report reads,
// evaluates and aggregates one stack at a time, keeps counters in memory and spools findings to disk.
// Run alone with `node bench/report-scale.mjs` after a build, or as the last part of `npm run bench`.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { stackExport } from "./generate.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const data = join(root, "bench", ".data", "report-scale");
const CLI = join(root, "packages", "cli", "dist", "bin.js");
const RESOURCES = 200;
const SIZES = [250, 1000];
const FORMATS = "html,json,csv,md,oscal,sarif,junit";

/** Writes `count` stack exports (stack-0000.json …), reusing the ones already there. */
function exports(count) {
  const dir = join(data, "exports");
  mkdirSync(dir, { recursive: true });
  const files = [];
  for (let i = 0; i < count; i++) {
    const file = join(dir, `stack-${String(i).padStart(4, "0")}.json`);
    if (!existsSync(file)) writeFileSync(file, JSON.stringify(stackExport(RESOURCES, `team-${i % 25}`, `stack-${i}`)));
    files.push(file);
  }
  return files;
}

/** Wall time and peak RSS of a child process, from GNU time. */
function timed(args) {
  const r = spawnSync("/usr/bin/time", ["-f", "%e %M", process.execPath, ...args], { encoding: "utf8", maxBuffer: 1 << 26 });
  const last = r.stderr.trim().split("\n").pop().split(" ");
  return { seconds: Number(last[0]), peakMb: Number(last[1]) / 1024, status: r.status, stderr: r.stderr };
}

const dirSize = (dir) => readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);

export function main() {
  if (!existsSync("/usr/bin/time")) {
    console.log("\n## Compliance report at scale\n\nskipped: GNU time (/usr/bin/time) is not installed (apt-get install time)");
    return undefined;
  }
  console.log(`\n## Compliance report at scale: ${SIZES.join(" and ")} stack exports of ${RESOURCES} resources\n`);
  const files = exports(Math.max(...SIZES));
  const runs = [];
  for (const n of SIZES) {
    const out = join(data, `out-${n}`);
    rmSync(out, { recursive: true, force: true });
    const args = [CLI, "report", ...files.slice(0, n), "--format", FORMATS, "--out", out, "--fail-on", "none", "--quiet"];
    const r = timed(args);
    if (r.status !== 0) throw new Error(`palisade report over ${n} stacks exited ${r.status}: ${r.stderr.slice(-2000)}`);
    runs.push({ stacks: n, resources: n * RESOURCES, seconds: r.seconds, peakMb: r.peakMb, outputMb: dirSize(out) / 1e6 });
    // 1.4 GB at 1,000 stacks: keep the sizes, not the files (`node bench/report-scale.mjs --keep` to look at them).
    if (!process.argv.includes("--keep")) rmSync(out, { recursive: true, force: true });
  }
  console.log(`Command: node packages/cli/dist/bin.js report <N stack exports> --format ${FORMATS} --out DIR --fail-on none --quiet\n`);
  console.log("| Stacks | Resources | Wall time | Per stack | Peak RSS | Output (all formats) |\n|---|---|---|---|---|---|");
  for (const r of runs)
    console.log(
      `| ${r.stacks.toLocaleString("en")} | ${r.resources.toLocaleString("en")} | ${r.seconds.toFixed(1)} s | ${((r.seconds / r.stacks) * 1000).toFixed(0)} ms | ${r.peakMb.toFixed(0)} MB | ${r.outputMb.toFixed(0)} MB |`,
    );
  const [small, large] = runs;
  const growth = { time: large.seconds / small.seconds, memory: large.peakMb / small.peakMb, stacks: large.stacks / small.stacks };
  console.log(
    `\nGrowth ${large.stacks.toLocaleString("en")}/${small.stacks}: ${growth.stacks.toFixed(1)}× the stacks, ${growth.time.toFixed(2)}× the time, ${growth.memory.toFixed(2)}× the peak memory.`,
  );
  const results = { machine: { node: process.version }, formats: FORMATS, resourcesPerStack: RESOURCES, runs, growth };
  writeFileSync(join(data, "results.json"), JSON.stringify(results, null, 2));
  console.log(`Raw figures: ${join("bench", ".data", "report-scale", "results.json")}`);
  return results;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
