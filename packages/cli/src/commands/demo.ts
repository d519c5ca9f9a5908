import { existsSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { allControls } from "@palisade/controls";
import { runProgram } from "@palisade/engine";
import {
  buildStackResult,
  renderJson,
  renderJunit,
  renderSarif,
  renderText,
  SecretRedactor,
  type StackResult,
  writeFileAtomic,
} from "@palisade/report";
import { EXIT_MANDATORY, EXIT_OK } from "../errors";
import { evaluate } from "../evaluate";
import { buildScanResult, TOOL_VERSION } from "../output";
import { ownPack } from "../packs";
import { shippedConfig } from "../policy-config";
import { renderCoverageMarkdown } from "./controls";

/**
 * The embedded default run: the landing zones and every sample team stack (compliant and insecure), through
 * the packs over gRPC, as `pulumi preview --policy-pack` would run them.
 */
const SAMPLES = [
  { dir: "stacks/aws-landing-zone", stacks: ["management"] },
  { dir: "stacks/azure-landing-zone", stacks: ["platform"] },
  { dir: "stacks/gcp-landing-zone", stacks: ["org"] },
  { dir: "stacks/team-aws-sample", stacks: ["compliant", "insecure"] },
  { dir: "stacks/team-azure-sample", stacks: ["compliant", "insecure"] },
  { dir: "stacks/team-gcp-sample", stacks: ["compliant", "insecure"] },
];

export function repoRoot(): string {
  // packages/cli/dist/commands → repository root
  const root = resolve(__dirname, "..", "..", "..", "..");
  if (!existsSync(join(root, "stacks"))) throw new Error(`cannot find the Palisade repository (looked for stacks/ in ${root})`);
  return root;
}

export async function demo(opts: { out?: string; quiet?: boolean }): Promise<number> {
  const root = repoRoot();
  const outDir = resolve(opts.out ?? join(root, "palisade-out"));
  const log = (s: string) => process.stdout.write(`${s}\n`);
  const stacks: StackResult[] = [];
  for (const sample of SAMPLES) {
    for (const stack of sample.stacks) {
      const dir = join(root, sample.dir);
      log(`▶ pulumi preview --policy-pack (offline): ${sample.dir} --stack ${stack}`);
      const snapshot = await runProgram(dir, { stack });
      // A landing zone ships its exemptions (with their reasons) beside Pulumi.yaml.
      const shipped = shippedConfig(dir);
      const configs = shipped ? [shipped] : [];
      const { diagnostics, packs } = await evaluate(snapshot, { dirs: [], configs, inProcess: false });
      const result = buildStackResult(
        { ...snapshot, source: { ...snapshot.source, path: relative(root, dir) } },
        diagnostics,
        packs,
        new SecretRedactor(),
      );
      stacks.push(result);
      const single = buildScanResult([result], TOOL_VERSION);
      log(renderText(single).replace(/^Summary:.*\n$/m, ""));
    }
  }
  const result = buildScanResult(stacks, TOOL_VERSION);
  const policies = new Map(
    (["aws", "azure", "gcp"] as const).map((c) => {
      const p = ownPack(c).load();
      return [p.packName, p.packArgs.policies.map((x) => x.name)] as const;
    }),
  );
  const files: [string, string][] = [
    ["demo-report.json", renderJson(result)],
    ["demo-report.sarif", renderSarif(result, root)],
    ["demo-report.junit.xml", renderJunit(result, policies)],
    ["controls-coverage.md", `# Framework coverage of the Palisade controls\n\n${renderCoverageMarkdown(allControls)}`],
  ];
  for (const [name, content] of files) writeFileAtomic(join(outDir, name), content);
  log("Results (✓ expected clean and is, ✗ expected clean and is not, • findings expected):");
  for (const s of stacks) {
    const mandatory = s.findings.filter((f) => f.enforcementLevel === "mandatory").length;
    const mark = s.stack === "insecure" ? "•" : mandatory === 0 ? "✓" : "✗";
    log(`  ${mark} ${s.project}/${s.stack}: ${mandatory} mandatory, ${s.findings.length - mandatory} advisory finding(s)`);
  }
  log(`\nReport written to ${relative(process.cwd(), outDir) || "."}/: ${files.map(([n]) => n).join(", ")}`);
  // A stack that should be clean but is not means a control or a stack regressed: say so with the exit code.
  const regressed = stacks.some((s) => s.stack !== "insecure" && s.findings.some((f) => f.enforcementLevel === "mandatory"));
  return regressed ? EXIT_MANDATORY : EXIT_OK;
}
