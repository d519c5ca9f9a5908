import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { isSecret, SECRET_SIG, SIG_KEY, UNKNOWN_STRING } from "../model/snapshot";
import { readStackExport } from "./stack-export";
import { inputError, realFixtures, stateFixtures } from "./test-helpers";

describe("readStackExport: the real sample export", () => {
  const file = path.join(realFixtures, "sample-export.json");

  it("reads every resource with project and stack from the stack URN", async () => {
    const snapshot = await readStackExport(file);
    expect(snapshot.project).toBe("sample");
    expect(snapshot.stack).toBe("dev");
    expect(snapshot.source).toEqual({ kind: "stack-export", path: file });
    expect(snapshot.resources).toHaveLength(17);
    const types = new Set(snapshot.resources.map((r) => r.type));
    expect(types).toContain("pulumi:providers:aws");
    expect(types).toContain("aws:lambda/function:Function");
    expect(snapshot.resources.filter((r) => r.type === "aws:iam/rolePolicyAttachment:RolePolicyAttachment")).toHaveLength(9);
  });

  it("maps ids, inputs, outputs, parents, providers and dependencies", async () => {
    const snapshot = await readStackExport(file);
    const bucket = snapshot.resources.find((r) => r.urn === "urn:pulumi:dev::sample::aws:s3/bucket:Bucket::docs");
    expect(bucket).toMatchObject({
      type: "aws:s3/bucket:Bucket",
      name: "docs",
      custom: true,
      id: "docs-4936161",
      parent: "urn:pulumi:dev::sample::pulumi:pulumi:Stack::sample-dev",
      provider: "urn:pulumi:dev::sample::pulumi:providers:aws::default_6_63_0::42a75fb0-5a64-436a-8a82-e3a2e388b650",
    });
    expect(bucket?.inputs.acl).toBe("private");
    expect(bucket?.outputs?.arn).toBe("arn:aws:s3:::docs-4936161");

    const attachment = snapshot.resources.find((r) => r.name === "docsHandler-4aaabb8e");
    const role = "urn:pulumi:dev::sample::aws:s3/bucket:Bucket$aws:s3:BucketEventSubscription$aws:iam/role:Role::docsHandler";
    expect(attachment?.dependencies).toEqual([role]);
    expect(attachment?.propertyDependencies).toEqual({ policyArn: [], role: [role] });

    const stack = snapshot.resources[0];
    expect(stack.type).toBe("pulumi:pulumi:Stack");
    expect(stack.id).toBeUndefined();
    expect(stack.custom).toBe(false);
    expect(stack.options).toEqual({ protect: false, ignoreChanges: [], aliases: [], additionalSecretOutputs: [] });
  });

  it("keeps assets and archives in their wire form", async () => {
    const snapshot = await readStackExport(file);
    const lambda = snapshot.resources.find((r) => r.type === "aws:lambda/function:Function");
    const code = lambda?.inputs.code as Record<string, unknown>;
    expect(code[SIG_KEY]).toBe("0def7320c3a5731c473e5ecbe6d01bc7");
  });
});

describe("readStackExport: secrets and state details", () => {
  const file = path.join(stateFixtures, "export-with-secrets.json");

  it("reads plaintext secrets as secret values and ciphertext as unknown secrets", async () => {
    const snapshot = await readStackExport(file);
    expect(snapshot.project).toBe("secrets-demo");
    expect(snapshot.stack).toBe("prod");
    const db = snapshot.resources.find((r) => r.name === "db");
    expect(db?.inputs.password).toEqual({ [SIG_KEY]: SECRET_SIG, value: "correct-horse-battery-staple" });
    expect(isSecret(db?.inputs.password)).toBe(true);
    expect(db?.inputs.tags).toEqual({ owner: "data", apiKeys: { [SIG_KEY]: SECRET_SIG, value: ["k1", "k2"] } });
    expect(db?.outputs?.password).toEqual({ [SIG_KEY]: SECRET_SIG, value: UNKNOWN_STRING });
    const token = snapshot.resources.find((r) => r.name === "token");
    expect(token?.inputs.value).toEqual({ [SIG_KEY]: SECRET_SIG, value: UNKNOWN_STRING });
  });

  it("leaves out resources pending deletion and pending operations", async () => {
    const snapshot = await readStackExport(file);
    expect(snapshot.resources.map((r) => r.name)).toEqual(["secrets-demo-prod", "default_7_10_0", "db", "token"]);
    expect(snapshot.resources.find((r) => r.name === "db")?.id).toBe("db-1234");
  });

  it("maps resource options kept in state", async () => {
    const snapshot = await readStackExport(file);
    const db = snapshot.resources.find((r) => r.name === "db");
    expect(db?.options).toEqual({
      protect: true,
      ignoreChanges: [],
      aliases: [],
      additionalSecretOutputs: ["password"],
      retainOnDelete: true,
      customTimeouts: { create: 3600 },
    });
    const token = snapshot.resources.find((r) => r.name === "token");
    expect(token?.options.aliases).toEqual(["urn:pulumi:prod::secrets-demo::aws:ssm/parameter:Parameter::old-token"]);
    expect(token?.dependencies).toEqual([db?.urn]);
  });
});

describe("readStackExport: malformed files", () => {
  const scratch = mkdtempSync(path.join(tmpdir(), "palisade-export-"));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const write = (name: string, text: string) => {
    const file = path.join(scratch, name);
    writeFileSync(file, text);
    return file;
  };

  it("reports truncated JSON with the file path", async () => {
    const full = JSON.stringify({ version: 3, deployment: { resources: [] } });
    const file = write("truncated.json", full.slice(0, full.length - 5));
    const error = await inputError(readStackExport(file));
    expect(error.file).toBe(file);
    expect(error.message).toContain(file);
    expect(error.message).toContain("invalid JSON");
  });

  it("names the version found and the version supported", async () => {
    const file = write("v2.json", JSON.stringify({ version: 2, deployment: { resources: [] } }));
    const error = await inputError(readStackExport(file));
    expect(error.message).toBe(`${file}: deployment has version 2; only version 3 (Pulumi 3.x) is supported`);
  });

  it("requires deployment.resources", async () => {
    const file = write("no-resources.json", JSON.stringify({ version: 3, deployment: { manifest: {} } }));
    const error = await inputError(readStackExport(file));
    expect(error.message).toContain("missing `deployment.resources`");
  });

  it("reports an empty file", async () => {
    const file = write("empty.json", "  \n");
    const error = await inputError(readStackExport(file));
    expect(error.message).toBe(`${file}: empty file, expected a \`pulumi stack export\` file`);
  });

  it("reports a resource without a URN by its index", async () => {
    const file = write("bad-resource.json", JSON.stringify({ version: 3, deployment: { resources: [{ type: "x" }] } }));
    const error = await inputError(readStackExport(file));
    expect(error.message).toContain("resources[0]");
  });

  it("reports a missing file", async () => {
    const file = path.join(scratch, "absent.json");
    const error = await inputError(readStackExport(file));
    expect(error.message).toBe(`${file}: not found`);
  });

  it("reads an export without resources' names as empty project and stack", async () => {
    const file = write("empty-stack.json", JSON.stringify({ version: 3, deployment: { resources: [] } }));
    const snapshot = await readStackExport(file);
    expect(snapshot).toMatchObject({ project: "", stack: "", resources: [] });
  });
});
