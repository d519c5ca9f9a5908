#!/usr/bin/env node
import { FRAMEWORK_IDS } from "@palisade/controls";
import { InputError } from "@palisade/engine";
import { Command, CommanderError, Option } from "commander";
import { controlsCommand } from "./commands/controls";
import { demo } from "./commands/demo";
import { REPORT_FORMATS, report } from "./commands/report";
import { respond } from "./commands/respond";
import { scan } from "./commands/scan";
import { EXIT_INPUT_ERROR, UsageError } from "./errors";
import { TOOL_VERSION } from "./output";

const collect = (value: string, previous: string[]) => [...previous, value];

async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  const program = new Command("palisade")
    .description("Palisade: one set of cloud controls, enforced in landing zones, at preview and in compliance reports.")
    .version(TOOL_VERSION)
    .exitOverride()
    .showHelpAfterError();

  program
    .command("controls")
    .description("List the controls, their framework mappings and where they are enforced")
    .addOption(new Option("--cloud <cloud>", "only this cloud").choices(["aws", "azure", "gcp"]))
    .option("--framework <id>", "only controls mapped to this framework (e.g. cis-aws-7.0, nist-800-53-r5)")
    .addOption(new Option("--format <format>", "output format").choices(["table", "json", "md"]).default("table"))
    .action((opts) => {
      process.stdout.write(controlsCommand(opts));
    });

  program
    .command("preview")
    .description("Preview a Pulumi program offline (under mocks) and run policy packs over it, as `pulumi preview --policy-pack` does")
    .argument("<program-dir>", "folder with Pulumi.yaml")
    .option("--stack <name>", "stack whose Pulumi.<stack>.yaml config to use")
    .option("--pack <dir>", "policy pack folder (repeatable); default: Palisade's packs for the clouds in the program", collect, [])
    .option("--policy-pack-config <file>", "config for the --pack at the same position (repeatable)", collect, [])
    .addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text"))
    .option("--out <file>", "write the output to a file (atomically) instead of stdout")
    .option("--quiet", "no progress output")
    .action(async (dir: string, opts) => {
      exitCode = await scan([dir], { ...opts, grpc: true, plan: true }, ["text", "json"]);
    });

  program
    .command("scan")
    .description("Evaluate programs, stack exports, preview JSON files or DIY backend folders against the controls")
    .argument(
      "<input...>",
      "program folder, `pulumi stack export` file, `pulumi preview --json` file, DIY backend folder, or - for a JSON document on stdin",
    )
    .option("--stack <name>", "stack to use for program folders")
    .option("--pack <dir>", "policy pack folder run over gRPC (repeatable); default: Palisade's controls in-process", collect, [])
    .option("--policy-pack-config <file>", "config for the --pack at the same position, or for Palisade's packs (repeatable)", collect, [])
    .option("--grpc", "run Palisade's packs over gRPC, exactly as the Pulumi engine does, instead of in-process")
    .option("--max-input-size <MiB>", "largest input file, and largest decompressed checkpoint, in MiB (default 256)")
    .addOption(new Option("--format <format>", "output format").choices(["text", "json", "sarif", "junit"]).default("text"))
    .option("--out <file>", "write the output to a file (atomically) instead of stdout")
    .option("--quiet", "no progress output")
    .action(async (inputs: string[], opts) => {
      exitCode = await scan(inputs, opts, ["text", "json", "sarif", "junit"]);
    });

  program
    .command("report")
    .description("Compliance report across stacks: every requirement of the frameworks, how it is automated, and pass/fail per stack")
    .argument("<input...>", "program folder, `pulumi stack export` file, `pulumi preview --json` file, or DIY backend folder (every stack)")
    .option(
      "--framework <id>",
      `framework to report (repeatable or comma-separated): ${FRAMEWORK_IDS.join(", ")}; default: those of the clouds present`,
      collect,
      [],
    )
    .option("--format <format>", `output format (repeatable or comma-separated): ${REPORT_FORMATS.join(", ")}; default md`, collect, [])
    .option("--out <file|dir>", "write to this file (one format) or folder (several formats), atomically; default stdout")
    .option("--baseline <file>", "accept the findings of this baseline (--write-baseline) or earlier JSON report: only new findings fail")
    .option("--write-baseline <file>", "write today's findings as a baseline")
    .option("--baseline-reason <text>", "reason recorded for new entries of --write-baseline")
    .option("--baseline-expires <date>", "last day (YYYY-MM-DD) new entries of --write-baseline apply")
    .addOption(
      new Option("--fail-on <level>", "exit 1 on new findings of this level")
        .choices(["mandatory", "advisory", "none"])
        .default("mandatory"),
    )
    .option("--keep-going", "report the inputs that can be read and mark the others as failed (exit 2), instead of stopping at the first")
    .option("--stack <name>", "stack to use for program folders (or to pick from a backend)")
    .option(
      "--policy-pack-config <file>",
      "config for Palisade's packs: levels, settings, exemptions (exempted findings are reported as accepted)",
    )
    .option("--grpc", "run Palisade's packs over gRPC, exactly as the Pulumi engine does, instead of in-process")
    .option("--max-input-size <MiB>", "largest input file, and largest decompressed checkpoint, in MiB (default 256)")
    .option("--evidence-limit <n>", "findings listed as evidence per control and stack (all are counted, and listed in JSON)")
    .option("--quiet", "no progress or summary output")
    .action(async (inputs: string[], opts) => {
      exitCode = await report(inputs, opts);
    });

  program
    .command("respond")
    .description(
      "Which response runbooks answer a recorded event (GuardDuty, Security Hub, CloudTrail, Event Grid, Defender, SCC, audit log) and what they would do; never changes anything",
    )
    .argument("<event>", "event file (JSON, as the function receives it)")
    .option("--runbook <id>", "only this runbook")
    .option("--live", "dry run against the cloud with your own credentials: reads the resource and lists the exact API calls")
    .option("--exclude-tag <key[=value]>", "treat resources with this tag/label as excluded (repeatable)", collect, [])
    .option("--exclude-scope <id>", "treat this account / subscription / project as excluded (repeatable)", collect, [])
    .option("--exclude-principal <name>", "break-glass principal never touched (repeatable)", collect, [])
    .option("--format <format>", "text or json", "text")
    .option("--out <file>", "write the output to a file (atomically) instead of stdout")
    .action(async (file: string, opts) => {
      exitCode = await respond(file, opts);
    });

  program
    .command("demo")
    .description("Offline preview of the sample team stacks through Palisade's packs, with a report in palisade-out/")
    .option("--out <dir>", "report folder (default: palisade-out/ at the repository root)")
    .action(async (opts) => {
      exitCode = await demo(opts);
    });

  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version are not errors.
      return e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help" ? 0 : EXIT_INPUT_ERROR;
    }
    if (e instanceof InputError || e instanceof UsageError) {
      process.stderr.write(`palisade: error: ${e.message}\n`);
      return EXIT_INPUT_ERROR;
    }
    process.stderr.write(`palisade: error: ${(e as Error).stack ?? e}\n`);
    return EXIT_INPUT_ERROR;
  }
}

main(process.argv).then((code) => {
  process.exitCode = code;
});
