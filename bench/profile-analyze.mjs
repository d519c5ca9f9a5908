#!/usr/bin/env node
// Where a pack's Analyze time goes, without gRPC in the way: drives @pulumi/policy's own Analyze handler
// in this process with real AnalyzeRequests over the bench's 50 mixed AWS resources. Run it under the
// profiler after a build:
//   node --cpu-prof --cpu-prof-dir=bench/.data/profiles bench/profile-analyze.mjs [packDir] [requests]
// and open the .cpuprofile in Chrome DevTools (Performance) or VS Code. packDir defaults to the AWS pack;
// it must have a dist/policies.js exporting packName, packVersion and packArgs.
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { plannedResources } from "./generate.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const packDir = resolve(process.argv[2] ?? join(root, "policy-packs/aws-guardrails"));
const count = Number(process.argv[3] ?? 20_000);
const packRequire = createRequire(join(packDir, "package.json"));
const rootRequire = createRequire(join(root, "package.json"));
// @pulumi/policy/server is internal to the SDK: this is a profiling aid, not an API we build on.
const server = packRequire("@pulumi/policy/server");
const { packName, packVersion, packArgs } = packRequire(join(packDir, "dist/policies.js"));
const { toAnalyzeRequest } = rootRequire(join(root, "packages/engine/dist/analyzer/wire.js"));
const { loadPulumiProtoModules } = rootRequire(join(root, "packages/engine/dist/analyzer/pulumi-modules.js"));

const modules = loadPulumiProtoModules(packDir);
const analyze = server.makeAnalyzeRpcFun(packName, packVersion, "advisory", packArgs.policies);
const requests = plannedResources(50).map((r) => toAnalyzeRequest(modules, r, undefined, false));
const call = (request) => new Promise((ok, fail) => analyze({ request }, (error, response) => (error ? fail(error) : ok(response))));

for (const request of requests) await call(request); // warm-up
const started = performance.now();
for (let i = 0; i < count; i++) await call(requests[i % requests.length]);
console.log(`${packName}: ${(((performance.now() - started) * 1000) / count).toFixed(0)} µs per Analyze (${count} requests, in-process)`);
