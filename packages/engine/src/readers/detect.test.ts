import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { detectInput, readInput } from "./detect";
import { inputError, realFixtures } from "./test-helpers";

const programs = path.resolve(__dirname, "../../test-fixtures/programs");
const sampleExport = path.join(realFixtures, "sample-export.json");
const samplePreview = path.join(realFixtures, "sample-preview-creates.json");

describe("detectInput / readInput", () => {
  let scratch: string;
  let checkpointFile: string;
  let backendDir: string;

  beforeAll(() => {
    scratch = mkdtempSync(path.join(tmpdir(), "palisade-detect-"));
    const { deployment } = JSON.parse(readFileSync(sampleExport, "utf8"));
    const checkpoint = JSON.stringify({ version: 3, checkpoint: { stack: "organization/sample/dev", latest: deployment } });
    checkpointFile = path.join(scratch, "dev.json.gz");
    writeFileSync(checkpointFile, gzipSync(checkpoint));
    backendDir = path.join(scratch, "backend");
    mkdirSync(path.join(backendDir, ".pulumi/stacks/sample"), { recursive: true });
    writeFileSync(path.join(backendDir, ".pulumi/stacks/sample/dev.json"), checkpoint);
    writeFileSync(path.join(backendDir, ".pulumi/stacks/sample/prod.json"), checkpoint.replaceAll("dev", "prod"));
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("tells every kind of input apart", async () => {
    expect(await detectInput(sampleExport)).toBe("stack-export");
    expect(await detectInput(samplePreview)).toBe("preview-json");
    expect(await detectInput(checkpointFile)).toBe("checkpoint");
    expect(await detectInput(backendDir)).toBe("backend");
    expect(await detectInput(path.join(programs, "aws-basic"))).toBe("program");
  });

  it("reads files into one snapshot of the matching source kind", async () => {
    const [exported] = await readInput(sampleExport);
    expect(exported.source.kind).toBe("stack-export");
    expect(exported.resources).toHaveLength(17);
    const [preview] = await readInput(samplePreview);
    expect(preview.source.kind).toBe("preview-json");
    expect(preview.resources).toHaveLength(16);
    const [checkpoint] = await readInput(checkpointFile);
    expect(checkpoint).toMatchObject({ project: "sample", stack: "dev", source: { kind: "backend" } });
  });

  it("reads every stack of a backend, or the one asked for", async () => {
    expect((await readInput(backendDir)).map((s) => s.stack)).toEqual(["dev", "prod"]);
    expect((await readInput(backendDir, { stack: "sample/prod" })).map((s) => s.stack)).toEqual(["prod"]);
    const error = await inputError(readInput(backendDir, { stack: "qa" }));
    expect(error.message).toContain('stack "qa" not found in the backend (stacks found: sample/dev, sample/prod)');
  });

  it("runs a program directory", async () => {
    const [snapshot] = await readInput(path.join(programs, "js-main"));
    expect(snapshot.source.kind).toBe("program");
    expect(snapshot.resources.map((r) => r.type)).toEqual(["pulumi:pulumi:Stack", "palisade:fixtures:Thing"]);
  });

  it("says what was expected for anything else", async () => {
    const other = path.join(scratch, "other.json");
    writeFileSync(other, JSON.stringify({ hello: "world" }));
    expect((await inputError(readInput(other))).message).toContain(`${other}: unrecognized JSON: expected a \`pulumi stack export\``);
    expect((await inputError(detectInput(other))).message).toContain("unrecognized JSON");

    const emptyDir = path.join(scratch, "empty-dir");
    mkdirSync(emptyDir);
    expect((await inputError(readInput(emptyDir))).message).toBe(
      `${emptyDir}: expected a Pulumi program (with Pulumi.yaml) or a DIY backend (with .pulumi/stacks)`,
    );

    const emptyFile = path.join(scratch, "empty.json");
    writeFileSync(emptyFile, "");
    expect((await inputError(readInput(emptyFile))).message).toContain(`${emptyFile}: empty file, expected`);

    const missing = path.join(scratch, "missing.json");
    expect((await inputError(readInput(missing))).message).toBe(`${missing}: not found`);
  });
});
