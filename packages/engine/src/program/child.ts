/**
 * Child process that runs one Pulumi program under the SDK's mocks and reports every resource it
 * registered. `runProgram` forks it and sends one `ProgramJob` over IPC; the answer is one
 * `ChildMessage`. The program's own console output goes to stdout/stderr, never into the answer.
 *
 * The Pulumi SDK is loaded from the program's directory, not from this package: the program and its
 * provider SDKs must share that one copy, or the mocks set here would not be the ones they talk to.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import type { Alias } from "@pulumi/pulumi/proto/alias_pb";
import type { RegisterResourceRequest, RegisterResourceResponse } from "@pulumi/pulumi/proto/resource_pb";
import type { ResourceOptionsSnapshot, WireProperties } from "../model/snapshot";
import { answerInvoke, hasInvokeAnswer } from "./invoke-mocks";
import { LookupShapes } from "./lookup-shapes";
import { type CapturedResource, type ChildMessage, type OfflineLookup, type ProgramJob, UNREGISTER_TSX } from "./protocol";
import { durationSeconds, engineUrn } from "./urn";

/** The parts of `@pulumi/pulumi` we use; typed here because several are internal to the SDK. */
interface PulumiSdk {
  runtime: {
    setAllConfig(config: Record<string, string>, secretKeys?: string[]): void;
    setMocks(mocks: MockHandlers, project: string, stack: string, preview: boolean): Promise<void>;
  };
  RunError: { isInstance(value: unknown): boolean };
  ResourceError: { isInstance(value: unknown): boolean };
  log: { error(message: string, ...rest: unknown[]): Promise<void> };
}
interface MockHandlers {
  newResource(args: { type: string; name: string; inputs: Record<string, unknown> }): { id?: string; state: unknown };
  call(args: { token: string; inputs: Record<string, unknown>; provider?: string }): Record<string, unknown>;
}
type RegisterCallback = (err: Error | null, response?: RegisterResourceResponse) => void;
interface MockMonitor {
  newUrn(parent: string, type: string, name: string): string;
  registerResource(req: RegisterResourceRequest, callback: RegisterCallback): Promise<void>;
  supportsFeature(req: { getId(): string }, callback: (err: Error | null, response: { getHassupport(): boolean }) => void): void;
}

const captured: CapturedResource[] = [];
const lookups = new Map<string, OfflineLookup>();
const unexpandedComponents: { urn: string; type: string }[] = [];

function recordLookup(token: string, answer: OfflineLookup["answer"]): void {
  const seen = lookups.get(token);
  if (seen) seen.calls++;
  else lookups.set(token, { token, answer, calls: 1 });
}
const logErrors: string[] = [];
let finished = false;
let job: ProgramJob | undefined;

function finish(message: ChildMessage): void {
  if (finished) return;
  finished = true;
  // Exit only once the message is handed to the channel; the program may still have timers running.
  process.send?.(message, () => process.exit(0));
}

function fail(err: unknown): void {
  finish({ kind: "error", message: describeError(err) });
}

interface LoadedSdk {
  pulumiDir: string;
  pulumi: PulumiSdk;
  settings: { getMonitor(): MockMonitor; waitForRPCs(): Promise<void> };
  state: { getStore(): { supportsResourceReferences: boolean } };
  stackRuntime: { runInPulumiStack(init: () => Promise<unknown>): Promise<unknown> };
}

function loadPulumiSdk(projectDir: string): LoadedSdk {
  let pulumiDir: string;
  try {
    pulumiDir = path.dirname(require.resolve("@pulumi/pulumi/package.json", { paths: [projectDir] }));
  } catch {
    throw new Error(`cannot find @pulumi/pulumi from ${projectDir}: install the program's dependencies first (npm install)`);
  }
  const internal = (module: string) => require(path.join(pulumiDir, "runtime", module));
  return {
    pulumiDir,
    pulumi: require(pulumiDir),
    settings: internal("settings"),
    state: internal("state"),
    stackRuntime: internal("stack"),
  };
}

async function runJob(current: ProgramJob): Promise<void> {
  process.chdir(current.projectDir);
  const { pulumi, settings, state, stackRuntime, pulumiDir } = loadPulumiSdk(current.projectDir);
  runErrorMessage = (err) => (pulumi.RunError.isInstance(err) || pulumi.ResourceError.isInstance(err) ? (err as Error).message : undefined);

  pulumi.runtime.setAllConfig(current.config, current.secretKeys);
  const shapes = new LookupShapes(current.projectDir, () => {
    const sdkRequire = createRequire(path.join(pulumiDir, "package.json"));
    const tsutils = sdkRequire("./tsutils") as { typeScriptRequireStrings(): { typescriptRequire: string } };
    return sdkRequire(tsutils.typeScriptRequireStrings().typescriptRequire);
  });
  const providerInputs = new Map<string, Record<string, unknown>>();
  await pulumi.runtime.setMocks(
    {
      // Preview semantics: inputs echo as outputs; what the provider would compute stays unknown.
      newResource: ({ name, inputs }) => ({ id: current.preview ? undefined : `${name}-id`, state: inputs }),
      call: ({ token, inputs, provider }) => {
        const builtIn = hasInvokeAnswer(token);
        const declared = shapes.answer(token);
        recordLookup(token, builtIn ? "built-in" : declared ? "declared-type" : "none");
        const answer = answerInvoke(token, inputs, {
          config: current.config,
          // A provider reference is `<urn>::<id>`.
          providerInputs: provider ? providerInputs.get(provider.split("::").slice(0, -1).join("::")) : undefined,
        });
        // Our answer wins; the declared type fills in every field it does not give.
        return { ...declared, ...answer };
      },
    },
    current.project,
    current.stack,
    current.preview,
  );
  // The engine never sends resource references to analyzers (it marshals them without
  // `keepResources`): a resource used as an input must reach packs as its id (unknown at preview) or,
  // for a component, its URN. Setting the store flag is not enough: `runInPulumiStack` asks the monitor
  // again (`awaitFeatureSupport`) and the mock monitor says yes to every feature but outputValues.
  const monitor = settings.getMonitor();
  refuseResourceReferences(monitor);
  state.getStore().supportsResourceReferences = false;
  recordRegistrations(monitor, current, providerInputs);
  recordLogErrors(pulumi);

  await loadTypeScriptSupport(current, pulumiDir);
  await stackRuntime.runInPulumiStack(async () => {
    const programExport = await loadProgram(current);
    // As in the CLI: an exported function is the program; its result becomes the stack outputs.
    return typeof programExport === "function" ? await programExport() : programExport;
  });
  await settings.waitForRPCs();
  // Under mocks the whole run can complete in microtasks; let Node report unhandled rejections first.
  await new Promise((resolve) => setImmediate(resolve));
  if (finished) return;

  if (logErrors.length > 0) finish({ kind: "error", message: logErrors.join("\n") });
  else finish({ kind: "result", resources: captured, lookups: [...lookups.values()], unexpandedComponents });
}

/** Makes the monitor answer "no" for `resourceReferences`, as the SDK then serializes resources as ids / URNs. */
function refuseResourceReferences(monitor: MockMonitor): void {
  const supportsFeature = monitor.supportsFeature.bind(monitor);
  monitor.supportsFeature = (req, callback) => {
    if (req.getId() === "resourceReferences") callback(null, { getHassupport: () => false });
    else supportsFeature(req, callback);
  };
}

/** Wraps the mock monitor so that every `RegisterResource` request is captured with its URN. */
function recordRegistrations(monitor: MockMonitor, current: ProgramJob, providerInputs: Map<string, Record<string, unknown>>): void {
  monitor.newUrn = (parent, type, name) => engineUrn(current.stack, current.project, parent, type, name);
  const registerResource = monitor.registerResource.bind(monitor);
  monitor.registerResource = (req, callback) => {
    const resource = captureRequest(req, current);
    captured.push(resource);
    // Under mocks a remote component (awsx, eks, … from a provider plugin) is one resource without children.
    if (req.getRemote() && !req.getCustom()) unexpandedComponents.push({ urn: resource.urn, type: resource.type });
    // Kept so that invokes through an explicit provider see its config (e.g. its region).
    if (resource.type.startsWith("pulumi:providers:")) providerInputs.set(resource.urn, resource.inputs);
    return registerResource(req, (err, response) => {
      if (!err && response) {
        resource.urn = response.getUrn();
        if (!current.preview) {
          resource.id = response.getId();
          resource.outputs = (response.getObject()?.toJavaScript() ?? {}) as WireProperties;
        }
      }
      callback(err, response);
    });
  };
}

/** `pulumi.log.error` does not throw, yet the CLI fails the update: remember the messages. */
function recordLogErrors(pulumi: PulumiSdk): void {
  const logError = pulumi.log.error.bind(pulumi.log);
  pulumi.log.error = (message, ...rest) => {
    logErrors.push(message);
    return logError(message, ...rest);
  };
}

/** Set once the SDK is loaded: RunError/ResourceError are reported without a stack, like the CLI does. */
let runErrorMessage: (err: unknown) => string | undefined = () => undefined;

function describeError(err: unknown): string {
  const missing = missingConfigMessage(err);
  if (missing !== undefined) return missing;
  const runError = runErrorMessage(err);
  if (runError !== undefined) return runError;
  if (!(err instanceof Error)) return String(err);
  // Keep the frames that point into the program itself; SDK and loader frames only add noise.
  const projectDir = job?.projectDir ?? "";
  const frames = (err.stack ?? "")
    .split("\n")
    .filter((line) => /^\s+at /.test(line) && line.includes(projectDir) && !line.includes("node_modules"));
  return [err.message, ...frames.slice(0, 5)].join("\n");
}

/**
 * The SDK's ConfigMissingError tells the user to run `pulumi config set`, a command that is not there
 * offline: name the file and the key to add instead.
 */
function missingConfigMessage(err: unknown): string | undefined {
  if (!(err instanceof Error) || !/^Missing required configuration variable /.test(err.message)) return undefined;
  const key = (err as Error & { key?: unknown }).key;
  if (typeof key !== "string" || !job) return undefined;
  // Keys of the project itself may be written without the namespace.
  const written = key.startsWith(`${job.project}:`) ? key.slice(job.project.length + 1) : key;
  return `Missing required configuration value '${key}': add \`${written}: <value>\` under \`config:\` in ${job.stackFile}`;
}

function captureRequest(req: RegisterResourceRequest, current: ProgramJob): CapturedResource {
  const propertyDependencies: Record<string, string[]> = {};
  req.getPropertydependenciesMap().forEach((deps, key) => {
    propertyDependencies[key] = deps.getUrnsList();
  });
  const options: ResourceOptionsSnapshot = {
    protect: req.hasProtect() ? req.getProtect() === true : false,
    ignoreChanges: req.getIgnorechangesList(),
    // Deduplicated: provider SDKs sometimes list the same alias twice (aws.s3.Bucket does).
    aliases: [...new Set([...req.getAliasurnsList(), ...req.getAliasesList().map((alias) => aliasUrn(alias, req, current))])],
    additionalSecretOutputs: req.getAdditionalsecretoutputsList(),
  };
  if (req.getDeletebeforereplacedefined()) options.deleteBeforeReplace = req.getDeletebeforereplace();
  if (req.hasRetainondelete()) options.retainOnDelete = req.getRetainondelete() === true;
  const timeouts = req.getCustomtimeouts();
  if (timeouts) {
    const customTimeouts = {
      create: durationSeconds(timeouts.getCreate()),
      update: durationSeconds(timeouts.getUpdate()),
      delete: durationSeconds(timeouts.getDelete()),
    };
    if (Object.values(customTimeouts).some((v) => v !== undefined)) {
      options.customTimeouts = JSON.parse(JSON.stringify(customTimeouts)); // drops the undefined ones
    }
  }
  return {
    // What the monitor will answer (its newUrn is ours); known now so provider inputs can be keyed by it.
    urn: engineUrn(current.stack, current.project, req.getParent(), req.getType(), req.getName()),
    type: req.getType(),
    name: req.getName(),
    custom: req.getCustom(),
    parent: req.getParent(),
    provider: req.getProvider(),
    // toJavaScript keeps the wire form: unknown sentinels and secret signature objects as sent.
    inputs: (req.getObject()?.toJavaScript() ?? {}) as WireProperties,
    dependencies: req.getDependenciesList(),
    propertyDependencies,
    options,
  };
}

/** An alias spec resolved to the URN the engine would compute for it. */
function aliasUrn(alias: Alias, req: RegisterResourceRequest, current: ProgramJob): string {
  const spec = alias.getSpec();
  if (!spec) return alias.getUrn();
  const parent = spec.getNoparent() ? undefined : spec.getParenturn() || req.getParent() || undefined;
  return engineUrn(
    spec.getStack() || current.stack,
    spec.getProject() || current.project,
    parent,
    spec.getType() || req.getType(),
    spec.getName() || req.getName(),
  );
}

function isEsmProgram(current: ProgramJob): boolean {
  if (current.entryPath.endsWith(".mjs") || current.entryPath.endsWith(".mts")) return true;
  try {
    const manifest = require(path.join(current.projectDir, "package.json")) as { type?: string };
    return manifest.type === "module";
  } catch {
    return false;
  }
}

/**
 * Loads TypeScript the way the Pulumi Node.js host does (`@pulumi/pulumi/cmd/run`): a CommonJS program
 * runs under ts-node (the program's own, else the one the SDK vendors) with the project's
 * `tsconfig.json` over the host's defaults. That matters beyond syntax: the closure serializer
 * (`pulumi.runtime.serializeFunction`, behind Lambda callbacks) inspects the compiled functions and
 * fails on tsx's output ("Remote object was not 'function'"). We transpile only, without the type
 * check the host runs by default: a type error is the program's build problem, not a policy finding.
 * ES module programs load through tsx's ESM hooks.
 */
async function loadTypeScriptSupport(current: ProgramJob, pulumiDir: string): Promise<void> {
  if (isEsmProgram(current)) {
    // Importing tsx's ESM entry registers its loader hooks (requiring "tsx/esm/api" fails in tsx 4.23).
    await import(pathToFileURL(require.resolve("tsx/esm")).href);
    return;
  }
  (globalThis as unknown as Record<string, (() => void) | undefined>)[UNREGISTER_TSX]?.();
  const sdkRequire = createRequire(path.join(pulumiDir, "package.json"));
  const tsutils = sdkRequire("./tsutils") as {
    loadTypeScriptCompilerOptions(file: string): Record<string, unknown>;
    typeScriptRequireStrings(): { tsnodeRequire: string; typescriptRequire: string };
  };
  const tsconfig = path.join(current.projectDir, "tsconfig.json");
  const { tsnodeRequire, typescriptRequire } = tsutils.typeScriptRequireStrings();
  const typescript = sdkRequire(typescriptRequire) as { version: string };
  const [major, minor] = typescript.version.split(".").map(Number);
  // nodenext for TypeScript 4.7 and later, commonjs/node before (the SDK vendors TypeScript 3.8).
  const nodeNext = major > 4 || (major === 4 && minor >= 7);
  const tsNode = sdkRequire(tsnodeRequire) as { register(options: Record<string, unknown>): unknown };
  tsNode.register({
    compiler: typescriptRequire,
    transpileOnly: true,
    project: tsconfig,
    skipProject: !existsSync(tsconfig),
    compilerOptions: {
      target: "ES2020",
      module: nodeNext ? "nodenext" : "commonjs",
      moduleResolution: nodeNext ? "nodenext" : "node",
      sourceMap: "true",
      ...tsutils.loadTypeScriptCompilerOptions(tsconfig),
    },
  });
}

async function loadProgram(current: ProgramJob): Promise<unknown> {
  if (isEsmProgram(current)) {
    const namespace = (await import(pathToFileURL(current.entryPath).href)) as Record<string, unknown>;
    return Object.keys(namespace).length === 1 && "default" in namespace ? namespace.default : namespace;
  }
  return require(current.entryPath);
}

process.on("uncaughtException", fail);
process.on("unhandledRejection", fail);
// An empty event loop with no answer means the program awaited something that never settles.
process.on("beforeExit", () => {
  if (job && !finished) {
    fail(new Error("the program stopped before it finished: it awaited a value that never resolved"));
  }
});
process.once("message", (message: ProgramJob) => {
  job = message;
  // Let the process end on its own when the program is done; the channel must not keep it alive.
  process.channel?.unref();
  runJob(message).catch(fail);
});
