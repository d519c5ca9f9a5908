#!/usr/bin/env node
// Regenerates the generated parts of docs/ from the code (run `npm run docs` after adding a control).
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { renderCatalogueDoc } = require("../packages/cli/dist/index.js");
writeFileSync(new URL("../docs/controls.md", import.meta.url), renderCatalogueDoc());
console.log("wrote docs/controls.md");
