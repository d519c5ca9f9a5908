// Bundles each cloud's function entry point into one self-contained file (SDKs included), the asset the landing zones
// package and deploy: dist/functions/<cloud>/index.js. Runs after tsc in `npm run build`.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const entries = { aws: "src/aws/index.ts", azure: "src/azure/index.ts", gcp: "src/gcp/index.ts" };
for (const [cloud, entry] of Object.entries(entries)) {
  const outdir = join(root, "dist", "functions", cloud);
  mkdirSync(outdir, { recursive: true });
  const result = await build({
    entryPoints: [join(root, entry)],
    outfile: join(outdir, "index.js"),
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    minify: true,
    legalComments: "linked",
    metafile: true,
    logLevel: "warning",
  });
  writeFileSync(join(outdir, "meta.json"), JSON.stringify(result.metafile));
}
