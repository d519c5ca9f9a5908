import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SECRET_SIG, SIG_KEY, UNKNOWN_STRING } from "../model/snapshot";
import { readPreviewJson } from "./preview-json";
import { inputError, realFixtures, stateFixtures } from "./test-helpers";

describe("readPreviewJson: real previews", () => {
  it("reads a preview of creates with unknown sentinels in inputs and ids", async () => {
    const file = path.join(realFixtures, "sample-preview-creates.json");
    const snapshot = await readPreviewJson(file);
    expect(snapshot).toMatchObject({ project: "sample", stack: "dev", source: { kind: "preview-json", path: file } });
    expect(snapshot.resources).toHaveLength(16);
    expect(snapshot.resources.every((r) => r.op === "create")).toBe(true);

    const attachment = snapshot.resources.find((r) => r.name === "docsHandler-a1de8170");
    expect(attachment?.inputs.role).toBe(UNKNOWN_STRING);
    expect(attachment?.id).toBe(UNKNOWN_STRING);
    expect(attachment?.outputs).toBeUndefined();
    const permission = snapshot.resources.find((r) => r.type === "aws:lambda/permission:Permission");
    expect(permission?.inputs.function).toBe(UNKNOWN_STRING);

    const bucket = snapshot.resources.find((r) => r.urn === "urn:pulumi:dev::sample::aws:s3/bucket:Bucket::docs");
    expect(bucket?.provider).toBe(`urn:pulumi:dev::sample::pulumi:providers:aws::default_6_63_0::${UNKNOWN_STRING}`);
    expect(bucket?.inputs.bucket).toBe("docs-32c8f2c");
    const component = snapshot.resources.find((r) => r.type === "aws:s3:BucketEventSubscription");
    expect(component?.custom).toBe(false);
    expect(component?.id).toBeUndefined();
  });

  it("leaves out resources being deleted", async () => {
    const snapshot = await readPreviewJson(path.join(realFixtures, "sample-preview-deletes.json"));
    expect(snapshot.resources.map((r) => [r.op, r.type])).toEqual([
      ["same", "pulumi:pulumi:Stack"],
      ["same", "aws:s3/bucket:Bucket"],
    ]);
    // `same` keeps the id and outputs of the old state.
    expect(snapshot.resources[1].id).toBe("docs-4936161");
    expect(snapshot.resources[1].outputs?.arn).toBe("arn:aws:s3:::docs-4936161");
  });

  it("records the op of every step", async () => {
    const snapshot = await readPreviewJson(path.join(realFixtures, "sample-preview-update.json"));
    expect(snapshot.resources).toHaveLength(16);
    const updated = snapshot.resources.filter((r) => r.op === "update");
    expect(updated.map((r) => r.type)).toEqual(["aws:lambda/function:Function"]);
    // An update keeps the resource, so its id comes from the old state.
    expect(updated[0].id).toBe("docsHandler-c29f9fc");
  });
});

describe("readPreviewJson: replacements and redacted secrets", () => {
  const file = path.join(stateFixtures, "preview-with-replace.json");

  it("keeps one resource per replaced URN, as a replace with an unknown id", async () => {
    const snapshot = await readPreviewJson(file);
    expect(snapshot).toMatchObject({ project: "replace-demo", stack: "staging" });
    expect(snapshot.resources.map((r) => [r.name, r.op])).toEqual([
      ["replace-demo-staging", "same"],
      ["db", "replace"],
    ]);
    expect(snapshot.resources[1].id).toBe(UNKNOWN_STRING);
    expect(snapshot.resources[1].inputs.engine).toBe("postgres");
  });

  it('turns "[secret]" into secrets with unknown values', async () => {
    const db = (await readPreviewJson(file)).resources[1];
    const unknownSecret = { [SIG_KEY]: SECRET_SIG, value: UNKNOWN_STRING };
    expect(db.inputs.password).toEqual(unknownSecret);
    expect(db.inputs.tags).toEqual({ token: unknownSecret, team: "data" });
  });
});

describe("readPreviewJson: malformed files", () => {
  const scratch = mkdtempSync(path.join(tmpdir(), "palisade-preview-"));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const write = (name: string, value: unknown) => {
    const file = path.join(scratch, name);
    writeFileSync(file, typeof value === "string" ? value : JSON.stringify(value));
    return file;
  };

  it("requires a steps array", async () => {
    const file = write("no-steps.json", { config: {} });
    const error = await inputError(readPreviewJson(file));
    expect(error.message).toBe(`${file}: expected a \`pulumi preview --json\` document with a \`steps\` array`);
  });

  it("names a step without op or URN", async () => {
    const file = write("bad-step.json", { steps: [{ op: "create" }] });
    const error = await inputError(readPreviewJson(file));
    expect(error.message).toContain("steps[0]");
  });

  it("names a step whose URN is not a URN", async () => {
    const file = write("bad-urn.json", { steps: [{ op: "create", urn: "bucket" }] });
    const error = await inputError(readPreviewJson(file));
    expect(error.message).toContain("steps[0]: not a Pulumi URN: bucket");
  });

  it("names a create step without newState", async () => {
    const urn = "urn:pulumi:dev::p::aws:s3/bucket:Bucket::b";
    const file = write("no-state.json", { steps: [{ op: "create", urn }] });
    const error = await inputError(readPreviewJson(file));
    expect(error.message).toContain(`steps[0] (create ${urn}): missing \`newState\``);
  });

  it("reports truncated JSON", async () => {
    const file = write("truncated.json", '{"steps": [{"op": "create"');
    const error = await inputError(readPreviewJson(file));
    expect(error.message).toContain(`${file}: invalid JSON`);
  });
});
