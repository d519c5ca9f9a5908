import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SECRET_SIG, SIG_KEY, UNKNOWN_STRING } from "../model/snapshot";
import { readBackend, readCheckpointFile } from "./backend";
import { inputError, realFixtures, stateFixtures } from "./test-helpers";

/** A checkpoint as the DIY backend writes it, around the deployment of an export file. */
function checkpointOf(exportFile: string, stack: string): string {
  const { deployment } = JSON.parse(readFileSync(exportFile, "utf8"));
  return JSON.stringify({ version: 3, checkpoint: { stack, latest: deployment } });
}

describe("readBackend", () => {
  let scratch: string;
  const sampleCheckpoint = () => checkpointOf(path.join(realFixtures, "sample-export.json"), "organization/sample/dev");
  const secretsCheckpoint = () => checkpointOf(path.join(stateFixtures, "export-with-secrets.json"), "organization/secrets-demo/prod");

  beforeAll(() => {
    scratch = mkdtempSync(path.join(tmpdir(), "palisade-backend-"));
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  function backend(name: string, files: Record<string, string | Buffer>): string {
    const dir = path.join(scratch, name);
    for (const [file, content] of Object.entries(files)) {
      const full = path.join(dir, ".pulumi", file);
      mkdirSync(path.dirname(full), { recursive: true });
      writeFileSync(full, content);
    }
    return dir;
  }

  it("reads the project-scoped layout, plain and gzipped, skipping backups", async () => {
    const dir = backend("project-layout", {
      "meta.yaml": "version: 1\n",
      "stacks/sample/dev.json": sampleCheckpoint(),
      "stacks/sample/dev.json.bak": "not a stack",
      "stacks/secrets-demo/prod.json.gz": gzipSync(secretsCheckpoint()),
      "stacks/secrets-demo/empty.json": JSON.stringify({ version: 3, checkpoint: { stack: "organization/secrets-demo/empty" } }),
    });
    const snapshots = await readBackend(dir);
    expect(snapshots.map((s) => [s.project, s.stack, s.resources.length])).toEqual([
      ["sample", "dev", 17],
      ["secrets-demo", "empty", 0],
      ["secrets-demo", "prod", 4],
    ]);
    expect(snapshots[0].source).toEqual({ kind: "backend", path: path.join(dir, ".pulumi/stacks/sample/dev.json") });
    const db = snapshots[2].resources.find((r) => r.name === "db");
    expect(db?.inputs.password).toEqual({ [SIG_KEY]: SECRET_SIG, value: "correct-horse-battery-staple" });
    expect(db?.outputs?.password).toEqual({ [SIG_KEY]: SECRET_SIG, value: UNKNOWN_STRING });
  });

  it("reads the legacy layout, and accepts the .pulumi folder itself", async () => {
    const dir = backend("legacy-layout", { "stacks/dev.json": sampleCheckpoint() });
    for (const target of [dir, path.join(dir, ".pulumi")]) {
      const snapshots = await readBackend(target);
      expect(snapshots.map((s) => [s.project, s.stack])).toEqual([["sample", "dev"]]);
    }
  });

  it("prefers the newer file when a stack exists both plain and gzipped", async () => {
    const dir = backend("both-forms", {
      "stacks/sample/dev.json": JSON.stringify({ version: 3, checkpoint: { stack: "dev" } }),
      "stacks/sample/dev.json.gz": gzipSync(sampleCheckpoint()),
    });
    const older = new Date(Date.now() - 60_000);
    utimesSync(path.join(dir, ".pulumi/stacks/sample/dev.json"), older, older);
    const [snapshot] = await readBackend(dir);
    expect(snapshot.resources).toHaveLength(17);
    expect(snapshot.source.path.endsWith("dev.json.gz")).toBe(true);
  });

  it("rejects a folder that is not a backend", async () => {
    const dir = path.join(scratch, "not-a-backend");
    mkdirSync(dir, { recursive: true });
    const error = await inputError(readBackend(dir));
    expect(error.message).toBe(`${dir}: not a Pulumi DIY backend (no .pulumi/stacks)`);
  });

  it("names a checkpoint of another version", async () => {
    const dir = backend("old-version", { "stacks/p/dev.json": JSON.stringify({ version: 1, checkpoint: {} }) });
    const error = await inputError(readBackend(dir));
    expect(error.file).toBe(path.join(dir, ".pulumi/stacks/p/dev.json"));
    expect(error.message).toContain("checkpoint has version 1; only version 3");
  });

  it("names a corrupt gzip file", async () => {
    const dir = backend("bad-gzip", { "stacks/p/dev.json.gz": Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x01]) });
    const error = await inputError(readBackend(dir));
    expect(error.message).toContain("dev.json.gz: invalid gzip data");
  });

  it("reads one checkpoint file, naming its stack from the checkpoint when it has no resources", async () => {
    const file = path.join(scratch, "single.json");
    writeFileSync(file, JSON.stringify({ version: 3, checkpoint: { stack: "organization/web/qa", latest: null } }));
    expect(await readCheckpointFile(file)).toMatchObject({ project: "web", stack: "qa", resources: [] });
  });
});
