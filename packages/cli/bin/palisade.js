#!/usr/bin/env node
// The `palisade` command. This file is committed (dist/ is not) so that npm links the binary at
// `npm ci` time, before anything is built; it runs the compiled CLI or says how to build it.
const { existsSync } = require("node:fs");
const { join } = require("node:path");

const cli = join(__dirname, "..", "dist", "bin.js");
if (!existsSync(cli)) {
  process.stderr.write(`palisade: error: ${cli} not found: the CLI is not built yet; run \`npm run build\` at the repository root\n`);
  process.exitCode = 2;
} else {
  require(cli);
}
