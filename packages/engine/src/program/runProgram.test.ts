import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InputError, isSecret, type PlannedResource, SECRET_SIG, SIG_KEY, type StackSnapshot, UNKNOWN_STRING } from "../model/snapshot";
import { runProgram } from "./runProgram";

const programs = path.resolve(__dirname, "../../test-fixtures/programs");

function byName(snapshot: StackSnapshot, name: string): PlannedResource {
  const found = snapshot.resources.find((r) => r.name === name);
  if (!found) throw new Error(`no resource named ${name}: ${snapshot.resources.map((r) => r.name).join(", ")}`);
  return found;
}

async function programError(dir: string, stack?: string): Promise<InputError> {
  const error = await runProgram(dir, { stack }).then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

describe("runProgram: AWS program at preview", () => {
  const dir = path.join(programs, "aws-basic");
  const stackUrn = "urn:pulumi:dev::aws-basic::pulumi:pulumi:Stack::aws-basic-dev";
  let snapshot: StackSnapshot;
  let coldRunMs = 0;

  beforeAll(async () => {
    const started = performance.now();
    snapshot = await runProgram(dir);
    coldRunMs = performance.now() - started;
  });

  it("reports the project, the only stack and the source", () => {
    expect(snapshot.project).toBe("aws-basic");
    expect(snapshot.stack).toBe("dev");
    expect(snapshot.source).toEqual({ kind: "program", path: dir });
    // One cold child start (node + tsx + @pulumi/pulumi + @pulumi/aws submodules); about 2 s here.
    console.info(`runProgram(aws-basic) took ${Math.round(coldRunMs)} ms`);
    expect(coldRunMs).toBeLessThan(30_000);
  });

  it("records the root stack resource as the parent of top-level resources", () => {
    const stack = snapshot.resources.find((r) => r.type === "pulumi:pulumi:Stack");
    expect(stack?.urn).toBe(stackUrn);
    expect(stack?.parent).toBeUndefined();
    expect(stack?.custom).toBe(false);
    expect(byName(snapshot, "logs").parent).toBe(stackUrn);
  });

  it("builds URNs like the engine: the stack is not part of the type, component parents are", () => {
    expect(byName(snapshot, "logs").urn).toBe("urn:pulumi:dev::aws-basic::aws:s3/bucket:Bucket::logs");
    const audit = byName(snapshot, "audit");
    expect(audit.urn).toBe("urn:pulumi:dev::aws-basic::palisade:fixtures:AuditStore::audit");
    const auditBucket = byName(snapshot, "audit-bucket");
    expect(auditBucket.urn).toBe("urn:pulumi:dev::aws-basic::palisade:fixtures:AuditStore$aws:s3/bucket:Bucket::audit-bucket");
    expect(auditBucket.parent).toBe(audit.urn);
    for (const resource of snapshot.resources) {
      expect(resource.urn).toMatch(/^urn:pulumi:dev::aws-basic::/);
      expect(resource.urn.endsWith(`::${resource.name}`)).toBe(true);
    }
  });

  it("keeps types, custom flags and preview ids", () => {
    const logs = byName(snapshot, "logs");
    expect(logs.type).toBe("aws:s3/bucket:Bucket");
    expect(logs.custom).toBe(true);
    expect(logs.id).toBe(UNKNOWN_STRING);
    expect(logs.outputs).toBeUndefined();
    expect(logs.inputs).toEqual({ bucket: "palisade-logs", forceDestroy: true });
    const audit = byName(snapshot, "audit");
    expect(audit.custom).toBe(false);
    expect(audit.id).toBeUndefined();
  });

  it("sends a resource used as an input as its id, unknown at preview, with property dependencies", () => {
    const logs = byName(snapshot, "logs");
    const block = byName(snapshot, "logs-block");
    expect(block.type).toBe("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock");
    expect(block.inputs.bucket).toBe(UNKNOWN_STRING);
    expect(block.inputs.blockPublicAcls).toBe(true);
    expect(block.propertyDependencies.bucket).toEqual([logs.urn]);
    expect(block.propertyDependencies.blockPublicAcls).toEqual([]);
    expect(block.dependencies).toEqual([logs.urn]);
  });

  it("records explicit providers as `urn::id` and no default providers", () => {
    const provider = byName(snapshot, "us-east");
    expect(provider.type).toBe("pulumi:providers:aws");
    expect(provider.inputs.region).toBe("us-east-1");
    expect(byName(snapshot, "replica").provider).toBe(`${provider.urn}::${UNKNOWN_STRING}`);
    expect(byName(snapshot, "logs").provider).toBeUndefined();
  });

  it("records dependsOn, protect and ignoreChanges", () => {
    expect(byName(snapshot, "audit").dependencies).toEqual([byName(snapshot, "logs-block").urn]);
    const auditBucket = byName(snapshot, "audit-bucket");
    expect(auditBucket.options.protect).toBe(true);
    expect(auditBucket.options.ignoreChanges).toEqual(["tags"]);
    expect(byName(snapshot, "logs").options.protect).toBe(false);
  });

  it("records aliases as URNs (aws.s3.Bucket aliases its former BucketV2 type)", () => {
    expect(byName(snapshot, "logs").options.aliases).toEqual(["urn:pulumi:dev::aws-basic::aws:s3/bucketV2:BucketV2::logs"]);
    expect(byName(snapshot, "replica").options.aliases).toEqual([
      "urn:pulumi:dev::aws-basic::aws:s3/bucket:Bucket::old-replica",
      "urn:pulumi:dev::aws-basic::aws:s3/bucketV2:BucketV2::replica",
    ]);
  });

  it("records custom timeouts in seconds, deleteBeforeReplace and retainOnDelete", () => {
    expect(byName(snapshot, "replica").options).toMatchObject({
      deleteBeforeReplace: true,
      retainOnDelete: true,
      customTimeouts: { create: 300, delete: 3600 },
    });
    const logsOptions = byName(snapshot, "logs").options;
    expect(logsOptions.deleteBeforeReplace).toBeUndefined();
    expect(logsOptions.retainOnDelete).toBeUndefined();
    expect(logsOptions.customTimeouts).toBeUndefined();
  });

  it("answers getPolicyDocument offline with the rendered policy", () => {
    const policy = JSON.parse(byName(snapshot, "logs-policy").inputs.policy as string);
    expect(policy.Statement[0]).toEqual({
      Sid: "ReadLogs",
      Effect: "Allow",
      Action: "s3:GetObject",
      Resource: "arn:aws:s3:::palisade-logs/*",
      Principal: { AWS: "arn:aws:iam::123456789012:root" },
    });
  });

  it("passes a secret config value as a secret whose value is unknown offline", () => {
    const token = byName(snapshot, "api-token");
    expect(token.inputs.value).toEqual({ [SIG_KEY]: SECRET_SIG, value: UNKNOWN_STRING });
    expect(token.options.additionalSecretOutputs).toContain("value");
  });
});

describe("runProgram: config", () => {
  const dir = path.join(programs, "config-echo");

  it("namespaces keys, JSON-encodes structured values, applies project defaults and marks secrets", async () => {
    const snapshot = await runProgram(dir, { stack: "dev" });
    expect(snapshot.stack).toBe("dev");
    const echo = byName(snapshot, "echo").inputs;
    expect(echo.plain).toBe("hello");
    expect(echo.replicas).toBe(3);
    expect(echo.enabled).toBe(true);
    expect(echo.tags).toEqual({ team: "platform", "cost-center": 42 });
    expect(echo.region).toBe("eu-central-1"); // Pulumi.yaml default
    expect(echo.owner).toBe("platform-team"); // Pulumi.yaml plain value
    expect(echo.awsRegion).toBe("eu-west-1");
    expect(isSecret(echo.dbPassword)).toBe(true);
    expect(echo.dbPassword).toEqual({ [SIG_KEY]: SECRET_SIG, value: UNKNOWN_STRING });
    expect(echo.nested).toEqual({ [SIG_KEY]: SECRET_SIG, value: { user: "admin", password: UNKNOWN_STRING } });
    // Read with `get` instead of `getSecret`: the program sees the placeholder, not a secret.
    expect(echo.rawSecretText).toBe("[secret]");
  });

  it("asks for a stack when several exist", async () => {
    const error = await programError(dir);
    expect(error.message).toContain("several stacks found (dev, prod)");
  });
});

describe.concurrent("runProgram: program failures", { timeout: 180_000 }, () => {
  const dir = path.join(programs, "failing");

  it("reports an exception with its message and the program frame", async () => {
    const error = await programError(dir, "throw");
    expect(error.file).toBe(dir);
    expect(error.message).toContain("boom: the program failed on purpose");
    expect(error.message).toContain(path.join(dir, "index.ts"));
  });

  it("reports a RunError with its message only", async () => {
    const error = await programError(dir, "runerror");
    expect(error.message).toBe(`${dir}: program failed: bucket names must be unique (a RunError)`);
  });

  it("fails when the program logged an error", async () => {
    const error = await programError(dir, "logerror");
    expect(error.message).toContain("quota exceeded (reported with pulumi.log.error)");
  });

  it("fails on an unhandled rejection", async () => {
    const error = await programError(dir, "reject");
    expect(error.message).toContain("an unhandled rejection");
  });

  it("fails when the program never finishes", async () => {
    const error = await programError(dir, "hang");
    expect(error.message).toContain("the program stopped before it finished");
  });

  it("kills a program that runs past the timeout", async () => {
    const error = await runProgram(dir, { stack: "spin", timeoutMs: 5_000 }).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe(`${dir}: program did not finish within 5000 ms`);
  });
});

describe("runProgram: project files", () => {
  let scratch: string;
  beforeAll(() => {
    scratch = mkdtempSync(path.join(tmpdir(), "palisade-program-"));
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  function projectDir(name: string, files: Record<string, string>): string {
    const dir = path.join(scratch, name);
    for (const [file, text] of Object.entries(files)) {
      const full = path.join(dir, file);
      mkdirSync(path.dirname(full), { recursive: true });
      writeFileSync(full, text);
    }
    return dir;
  }

  it("names the missing Pulumi.yaml", async () => {
    const dir = projectDir("empty", { "index.ts": "" });
    const error = await programError(dir);
    expect(error.file).toBe(path.join(dir, "Pulumi.yaml"));
    expect(error.message).toContain("not found");
  });

  it("names a malformed Pulumi.yaml with the YAML error", async () => {
    const dir = projectDir("bad-yaml", { "Pulumi.yaml": "name: broken\nruntime: [nodejs\n", "Pulumi.dev.yaml": "" });
    const error = await programError(dir);
    expect(error.file).toBe(path.join(dir, "Pulumi.yaml"));
    expect(error.message).toContain("invalid YAML");
  });

  it("names a malformed stack file", async () => {
    const dir = projectDir("bad-stack", {
      "Pulumi.yaml": "name: p\nruntime: nodejs\n",
      "Pulumi.dev.yaml": "config:\n  a: [1\n",
      "index.ts": "",
    });
    const error = await programError(dir);
    expect(error.file).toBe(path.join(dir, "Pulumi.dev.yaml"));
    expect(error.message).toContain("invalid YAML");
  });

  it("rejects a runtime other than nodejs", async () => {
    const dir = projectDir("python", { "Pulumi.yaml": "name: p\nruntime:\n  name: python\n" });
    const error = await programError(dir);
    expect(error.file).toBe(path.join(dir, "Pulumi.yaml"));
    expect(error.message).toContain('runtime "python" is not supported');
  });

  it("asks for the stack name when none is given and no stack config file exists", async () => {
    const dir = projectDir("no-stack", { "Pulumi.yaml": "name: p\nruntime: nodejs\n", "index.ts": "" });
    const error = await programError(dir);
    expect(error.file).toBe(dir);
    expect(error.message).toContain("name the stack");
  });

  it("names the stack file and the key to add when a required config value is missing", async () => {
    // config-echo has no Pulumi.staging.yaml: the stack runs with the project's defaults and stops at the first required key.
    const dir = path.join(programs, "config-echo");
    const error = await programError(dir, "staging");
    expect(error.message).toContain(
      `Missing required configuration value 'config-echo:plain': add \`plain: <value>\` under \`config:\` in ${path.join(dir, "Pulumi.staging.yaml")}`,
    );
    expect(error.message).not.toContain("pulumi config set");
  });

  it("says so when the program's dependencies are not installed", async () => {
    const dir = projectDir("no-deps", { "Pulumi.yaml": "name: p\nruntime: nodejs\n", "Pulumi.dev.yaml": "", "index.ts": "" });
    const error = await programError(dir);
    expect(error.message).toContain("cannot find @pulumi/pulumi");
  });

  it("runs an ES module program", async () => {
    const snapshot = await runProgram(path.join(programs, "esm"));
    expect(byName(snapshot, "esm-thing").inputs).toEqual({ greeting: "hi" });
  });

  it("runs a JavaScript program given by package.json main, with an empty stack file", async () => {
    const snapshot = await runProgram(path.join(programs, "js-main"));
    expect(snapshot.stack).toBe("ci");
    expect(byName(snapshot, "thing").inputs).toEqual({ size: 1 });
    expect(byName(snapshot, "thing").urn).toBe("urn:pulumi:ci::js-main::palisade:fixtures:Thing::thing");
  });
});

describe("runProgram: resources passed as inputs", () => {
  let snapshot: StackSnapshot;
  beforeAll(async () => {
    snapshot = await runProgram(path.join(programs, "resource-inputs"), { stack: "dev" });
  }, 120_000);

  it("runs a named stack without a Pulumi.<stack>.yaml (the file is optional, as in Pulumi)", () => {
    expect(snapshot.stack).toBe("dev");
  });

  it("sends a custom resource as its id (unknown at preview), never as a resource reference", () => {
    expect(byName(snapshot, "site-block").inputs.bucket).toBe(UNKNOWN_STRING);
    expect(byName(snapshot, "lambda-basic").inputs.role).toBe(UNKNOWN_STRING);
    // The dependency is still recorded, as the engine records it.
    expect(byName(snapshot, "lambda-basic").propertyDependencies.role).toEqual([byName(snapshot, "lambda-role").urn]);
  });

  it("sends a component resource as its URN", () => {
    expect(byName(snapshot, "team-bucket").inputs.tags).toEqual({ team: byName(snapshot, "payments").urn });
  });

  it("leaves no resource-reference signature anywhere in the inputs", () => {
    expect(JSON.stringify(snapshot.resources)).not.toContain("5cf8f73096256a8f31e491e813e4eb8e");
  });
});

describe("runProgram: data-source lookups and remote components offline", () => {
  let snapshot: StackSnapshot;
  beforeAll(async () => {
    snapshot = await runProgram(path.join(programs, "offline-lookups"));
  }, 120_000);

  it("answers every field the provider's result type declares, as placeholders that reach packs as unknown", () => {
    // zoneIds is not in our built-in answer for getAvailabilityZones: it comes from the declared type.
    expect(byName(snapshot, "a").inputs.availabilityZoneId).toBe(UNKNOWN_STRING);
    // getAmi had no built-in answer at all and used to answer {}: the instance's ami vanished.
    expect(byName(snapshot, "web").inputs.ami).toBe(UNKNOWN_STRING);
    expect(byName(snapshot, "web").inputs.tags).toEqual({ image: UNKNOWN_STRING });
    expect(byName(snapshot, "gke").inputs.minMasterVersion).toBe(UNKNOWN_STRING);
    expect(JSON.stringify(snapshot.resources)).not.toContain("palisade-offline-lookup:");
  });

  it("lists the lookups answered offline, and how", () => {
    const answers = Object.fromEntries((snapshot.offline?.lookups ?? []).map((l) => [l.token, l.answer]));
    expect(answers).toEqual({
      "aws:index/getAvailabilityZones:getAvailabilityZones": "built-in",
      "aws:ec2/getAmi:getAmi": "declared-type",
      "gcp:container/getEngineVersions:getEngineVersions": "declared-type",
      "palisade:fixtures:getNothing": "none",
    });
  });

  it("lists remote components, which are not expanded offline", () => {
    expect(snapshot.offline?.unexpandedComponents).toEqual([
      { urn: "urn:pulumi:dev::offline-lookups::awsx:lb:ApplicationLoadBalancer::alb", type: "awsx:lb:ApplicationLoadBalancer" },
    ]);
  });
});
