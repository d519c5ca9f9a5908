#!/usr/bin/env node
// Runs turbo for the npm scripts with its anonymous telemetry off (turbo.json has no setting for it,
// and the first-run notice would otherwise print on every `npm run` of every fresh machine or CI job).
import { spawnSync } from "node:child_process";

const result = spawnSync("turbo", process.argv.slice(2), {
  stdio: "inherit",
  env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
  // npm puts node_modules/.bin on PATH; on Windows the binary there is a .cmd shim.
  shell: process.platform === "win32",
});
if (result.error) {
  console.error(`cannot run turbo: ${result.error.message}`);
  process.exit(2);
}
process.exit(result.status ?? 1);
