/**
 * Runs a CrossGuard policy pack folder the way the Pulumi CLI does for `runtime: nodejs` packs, and
 * talks to it over the `pulumirpc.Analyzer` gRPC service. Fail closed: a pack that crashes, hangs or
 * answers an error makes the call reject; it never reads as "no findings".
 */
import { type ChildProcess, spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import type * as grpc from "@grpc/grpc-js";
import type * as analyzerGrpcPb from "@pulumi/pulumi/proto/analyzer_grpc_pb";
import type * as analyzerPb from "@pulumi/pulumi/proto/analyzer_pb";
import type * as pluginPb from "@pulumi/pulumi/proto/plugin_pb";
import { parse as parseYaml } from "yaml";
import { InputError, type PlannedResource, type WireProperties } from "../model/snapshot";
import { isEnforcementLevel, parsePolicyPackConfig, reconcilePolicyPackConfig, validatePolicyPackConfig } from "./policy-config";
import { loadPulumiProtoModules, type PulumiProtoModules } from "./pulumi-modules";
import type { AnalyzeResult, AnalyzerInfo, EffectivePolicyConfig, PolicyPackConfig, RemediateResult, StackContext } from "./types";
import {
  analyzeResultFromProto,
  analyzerInfoFromProto,
  enforcementLevelToProto,
  providerOf,
  remediateResultFromProto,
  type StackResourceInput,
  toAnalyzeRequest,
  toAnalyzeStackRequest,
} from "./wire";

export interface StartPolicyPackOptions {
  /** Spawn → port printed. */
  startTimeoutMs?: number;
  /** Deadline of each gRPC request. */
  requestTimeoutMs?: number;
  /** Extra environment for the pack process, over this process's environment. */
  env?: NodeJS.ProcessEnv;
  /** Sets the `PULUMI_*` variables the CLI gives a pack (project, stack, organization, dry run, config). */
  stack?: StackContext;
}

/** A pack that failed to start, crashed, hung or answered an error. */
export class PolicyPackError extends Error {
  /** The gRPC status code when the pack answered an error. */
  readonly grpcCode: number | undefined;

  constructor(
    readonly packDir: string,
    problem: string,
    /** The last lines the pack wrote to stderr, for the user. */
    readonly stderrTail: string,
    options?: { cause?: unknown; grpcCode?: number },
  ) {
    super(
      `policy pack ${packDir}: ${problem}${stderrTail ? `\n--- stderr of the pack (tail) ---\n${stderrTail}` : ""}`,
      options?.cause === undefined ? undefined : { cause: options.cause },
    );
    this.name = "PolicyPackError";
    this.grpcCode = options?.grpcCode;
  }
}

/**
 * The CLI passes its own gRPC address first; run-policy-pack drops it (packs never call back into
 * the engine), so any placeholder does.
 */
export const ENGINE_ADDRESS_PLACEHOLDER = "127.0.0.1:0";

/** Same as the SDK's server (400 MB): a large stack goes in one AnalyzeStack request. */
const MAX_MESSAGE_BYTES = 400 * 1024 * 1024;
const KILL_GRACE_MS = 2_000;
const OUTPUT_TAIL_CHARS = 8_000;
/**
 * What run-policy-pack prints (through `log.error`) when the pack throws outside a request handler's own
 * try/catch, e.g. @pulumi/policy's Remediate unmarshaling a value it does not know. The process stays
 * up but the request it was serving never gets an answer, so we treat it as a crash.
 */
const UNHANDLED_EXCEPTION = /failed with an unhandled exception:/;
/** After the crash line, how long we let the rest of the trace reach stderr before we quote it. */
const CRASH_TRACE_SETTLE_MS = 150;

/**
 * Preloaded into the pack process: exit when our end of its stdin closes, so a pack never outlives
 * this process, even when this process is killed with SIGKILL and no exit handler runs. `unref` keeps
 * the watch from holding the process alive, so a pack that crashes still exits as it would under the CLI.
 */
const EXIT_WITH_PARENT_PRELOAD =
  "data:text/javascript,process.stdin.on('end',()=>process.exit(0));process.stdin.on('error',()=>process.exit(0));process.stdin.resume();process.stdin.unref();";

const liveChildren = new Set<ChildProcess>();
let exitHookInstalled = false;

function killChildrenOnExit(child: ChildProcess): void {
  liveChildren.add(child);
  child.once("exit", () => liveChildren.delete(child));
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once("exit", () => {
      for (const live of liveChildren) {
        live.kill("SIGKILL");
      }
    });
  }
}

/** A bounded tail of a stream's text, for error messages. */
class OutputTail {
  private text = "";
  append(chunk: string): void {
    this.text = (this.text + chunk).slice(-OUTPUT_TAIL_CHARS);
  }
  toString(): string {
    return this.text.trimEnd();
  }
}

interface PolicyProjectFile {
  runtimeOptions: Record<string, unknown>;
  /** Overrides the package.json version in what the CLI reports. */
  version?: string;
}

function readPolicyProject(packDir: string): PolicyProjectFile {
  if (!fs.existsSync(packDir) || !fs.statSync(packDir).isDirectory()) {
    throw new InputError(packDir, "not a policy pack: no such directory");
  }
  const projectPath = path.join(packDir, "PulumiPolicy.yaml");
  if (!fs.existsSync(projectPath)) {
    throw new InputError(packDir, "not a policy pack: no PulumiPolicy.yaml");
  }
  if (!fs.existsSync(path.join(packDir, "package.json"))) {
    throw new InputError(packDir, "not a Node.js policy pack: no package.json (the SDK reads the pack version from it)");
  }
  let project: unknown;
  try {
    project = parseYaml(fs.readFileSync(projectPath, "utf8"));
  } catch (error) {
    throw new InputError(projectPath, `invalid YAML: ${(error as Error).message}`);
  }
  if (typeof project !== "object" || project === null) {
    throw new InputError(projectPath, "expected a mapping with a runtime");
  }
  const { runtime, version } = project as { runtime?: unknown; version?: unknown };
  const runtimeName = typeof runtime === "object" && runtime !== null ? (runtime as { name?: unknown }).name : runtime;
  if (runtimeName !== "nodejs") {
    throw new InputError(
      projectPath,
      `runtime ${JSON.stringify(runtimeName ?? null)} is not supported: only Node.js policy packs (runtime: nodejs) can be run`,
    );
  }
  const runtimeOptions =
    typeof runtime === "object" && runtime !== null ? ((runtime as { options?: Record<string, unknown> }).options ?? {}) : {};
  return {
    runtimeOptions,
    ...(typeof version === "string" && version !== "" ? { version } : {}),
  };
}

/** The environment the CLI builds for a pack process (constructEnv in analyzer_plugin.go). */
export function policyPackEnvironment(stack: StackContext | undefined): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  if (!stack) {
    return env;
  }
  if (stack.config && Object.keys(stack.config).length > 0) {
    env.PULUMI_CONFIG = JSON.stringify(stack.config);
  }
  const values: Record<string, string | undefined> = {
    ORGANIZATION: stack.organization,
    PROJECT: stack.project,
    STACK: stack.stack,
    DRY_RUN: String(stack.dryRun ?? false),
  };
  for (const [key, value] of Object.entries(values)) {
    if (value) {
      // The Node.js SDK reads the PULUMI_NODEJS_* names; the CLI sets both.
      env[`PULUMI_NODEJS_${key}`] = value;
      env[`PULUMI_${key}`] = value;
    }
  }
  return env;
}

type UnaryInvoker<Response> = (
  metadata: grpc.Metadata,
  options: Partial<grpc.CallOptions>,
  callback: (error: grpc.ServiceError | null, response: Response) => void,
) => grpc.ClientUnaryCall;

export class PolicyPackProcess {
  /** Rejecters of the requests in flight, called with a problem when the process exits or is closed. */
  private readonly pending = new Set<(problem: string) => void>();
  private exitDescription: string | undefined;
  private closing: Promise<void> | undefined;
  private cachedInfo: AnalyzerInfo | undefined;

  /** @internal Use `startPolicyPack`. */
  constructor(
    readonly packDir: string,
    readonly port: number,
    private readonly child: ChildProcess,
    private readonly client: analyzerGrpcPb.AnalyzerClient,
    private readonly modules: PulumiProtoModules,
    private readonly stderr: OutputTail,
    private readonly requestTimeoutMs: number,
    private readonly versionFromPolicyYaml: string | undefined,
  ) {
    // "close" rather than "exit": by then stderr is fully read, so the error quotes the crash.
    child.once("close", (code, signal) => {
      this.exitDescription ??= signal ? `was killed by ${signal}` : `exited with code ${code}`;
      this.rejectPending(`the pack process ${this.exitDescription}`);
    });
    this.watchForUnhandledExceptions();
  }

  /**
   * An unhandled exception leaves the pack process running with a request that will never be answered:
   * report it at once, with the pack's stderr, instead of after the request deadline, and stop the
   * process (its state is unknown from then on: fail closed).
   */
  private watchForUnhandledExceptions(): void {
    let previous = ""; // the end of the previous chunk, for a line split across two chunks
    const onData = (chunk: string) => {
      const text = previous + chunk;
      previous = text.slice(-200);
      if (!UNHANDLED_EXCEPTION.test(text)) {
        return;
      }
      this.child.stderr?.off("data", onData);
      setTimeout(() => {
        this.exitDescription ??= "crashed with an unhandled exception";
        this.rejectPending(`the pack process ${this.exitDescription}`);
        void terminate(this.child);
      }, CRASH_TRACE_SETTLE_MS);
    };
    this.child.stderr?.on("data", onData);
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Plain-object `GetAnalyzerInfo`; the version of PulumiPolicy.yaml wins, as in the CLI. */
  async getAnalyzerInfo(): Promise<AnalyzerInfo> {
    const response = await this.unary<analyzerPb.AnalyzerInfo>("GetAnalyzerInfo", (metadata, options, callback) =>
      this.client.getAnalyzerInfo(new this.modules.Empty(), metadata, options, callback),
    );
    this.cachedInfo = analyzerInfoFromProto(this.modules, response, this.versionFromPolicyYaml);
    return this.cachedInfo;
  }

  async getPluginInfo(): Promise<string> {
    const response = await this.unary<pluginPb.PluginInfo>("GetPluginInfo", (metadata, options, callback) =>
      this.client.getPluginInfo(new this.modules.Empty(), metadata, options, callback),
    );
    return response.getVersion();
  }

  /**
   * Reconciles `config` (the `--policy-pack-config` format) with the policies' declared levels, schema
   * defaults and the pack's initial config, validates it against each policy's schema, and sends it, as
   * the CLI does before any analysis. `{}` yields the declared levels. Returns what was sent.
   */
  async configure(config: PolicyPackConfig = {}, source = "policy pack config"): Promise<Map<string, EffectivePolicyConfig>> {
    const info = this.cachedInfo ?? (await this.getAnalyzerInfo());
    const userConfig = parsePolicyPackConfig(config, source);
    if (!info.supportsConfig) {
      if (userConfig.size > 0) {
        throw new InputError(source, `policy pack "${info.name}" does not support config`);
      }
      return new Map();
    }
    const reconciled = reconcilePolicyPackConfig(info, userConfig);
    const errors = validatePolicyPackConfig(info, reconciled);
    if (errors.length > 0) {
      throw new InputError(source, `invalid config for policy pack "${info.name}":\n  ${errors.join("\n  ")}`);
    }
    if (reconciled.size === 0) {
      return reconciled;
    }
    const request = new this.modules.analyzerPb.ConfigureAnalyzerRequest();
    const policyConfigs = request.getPolicyconfigMap();
    for (const [policyName, { enforcementLevel, properties }] of reconciled) {
      if (!isEnforcementLevel(enforcementLevel)) {
        throw new InputError(source, `no valid enforcement level for "${policyName}" (policy not in pack "${info.name}"?)`);
      }
      const policyConfig = new this.modules.analyzerPb.PolicyConfig();
      policyConfig.setEnforcementlevel(enforcementLevelToProto(this.modules, enforcementLevel));
      // The SDK calls `getProperties().toJavaScript()` unconditionally, so always send a Struct.
      policyConfig.setProperties(this.modules.structPb.Struct.fromJavaScript(properties ?? {}));
      policyConfigs.set(policyName, policyConfig);
    }
    await this.unary("Configure", (metadata, options, callback) => this.client.configure(request, metadata, options, callback));
    return reconciled;
  }

  /** `ConfigureStack` (stack tags, project, organization…); ignored by SDKs that do not implement it, as in the CLI. */
  async configureStack(stack: StackContext): Promise<void> {
    if (typeof this.client.configureStack !== "function") {
      return;
    }
    const request = new this.modules.analyzerPb.AnalyzerStackConfigureRequest();
    request.setProject(stack.project);
    request.setStack(stack.stack);
    request.setOrganization(stack.organization ?? "");
    request.setDryRun(stack.dryRun ?? false);
    for (const [key, value] of Object.entries(stack.config ?? {})) {
      request.getConfigMap().set(key, value);
    }
    request.setConfigSecretKeysList([...(stack.configSecretKeys ?? [])]);
    for (const [key, value] of Object.entries(stack.tags ?? {})) {
      request.getTagsMap().set(key, value);
    }
    try {
      await this.unary("ConfigureStack", (metadata, options, callback) => this.client.configureStack(request, metadata, options, callback));
    } catch (error) {
      // Like the CLI, accept packs whose SDK predates ConfigureStack.
      if (error instanceof PolicyPackError && error.grpcCode === this.modules.grpc.status.UNIMPLEMENTED) {
        return;
      }
      throw error;
    }
  }

  /** Resource policies on one resource's inputs (wire form, unknowns and secrets kept). */
  async analyze(resource: PlannedResource, provider?: PlannedResource): Promise<AnalyzeResult> {
    const request = toAnalyzeRequest(this.modules, resource, provider, false);
    const response = await this.unary<analyzerPb.AnalyzeResponse>(`Analyze(${resource.urn})`, (metadata, options, callback) =>
      this.client.analyze(request, metadata, options, callback),
    );
    return analyzeResultFromProto(this.modules, response, this.versionFromPolicyYaml);
  }

  /**
   * Stack policies over all resources. Each resource's properties are its outputs when present, else
   * its inputs (the engine sends outputs after the step), unless `opts.inputsByUrn` has newer inputs
   * (after remediation). Providers are looked up among `resources` by the resources' provider refs.
   */
  async analyzeStack(
    resources: PlannedResource[],
    opts: { inputsByUrn?: ReadonlyMap<string, WireProperties> } = {},
  ): Promise<AnalyzeResult> {
    const resourcesByUrn = new Map(resources.map((resource) => [resource.urn, resource]));
    const inputs: StackResourceInput[] = resources.map((resource) => ({
      resource,
      properties: resource.outputs ?? opts.inputsByUrn?.get(resource.urn) ?? resource.inputs,
      provider: providerOf(resource, resourcesByUrn),
    }));
    const request = toAnalyzeStackRequest(this.modules, inputs);
    const response = await this.unary<analyzerPb.AnalyzeResponse>("AnalyzeStack", (metadata, options, callback) =>
      this.client.analyzeStack(request, metadata, options, callback),
    );
    return analyzeResultFromProto(this.modules, response, this.versionFromPolicyYaml);
  }

  /** Remediation policies (level `remediate`) on one resource; results chain across policies. */
  async remediate(resource: PlannedResource, provider?: PlannedResource): Promise<RemediateResult> {
    const request = toAnalyzeRequest(this.modules, resource, provider, true);
    const response = await this.unary<analyzerPb.RemediateResponse>(`Remediate(${resource.urn})`, (metadata, options, callback) =>
      this.client.remediate(request, metadata, options, callback),
    );
    return remediateResultFromProto(response);
  }

  /** Closes the channel and stops the process (SIGTERM, then SIGKILL after a grace period). Idempotent. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      this.rejectPending("the pack was closed");
      this.client.close();
      await terminate(this.child);
    })();
    return this.closing;
  }

  private failure(problem: string, error?: grpc.ServiceError): PolicyPackError {
    return new PolicyPackError(this.packDir, problem, this.stderr.toString(), {
      cause: error,
      grpcCode: error?.code,
    });
  }

  private rejectPending(problem: string): void {
    for (const reject of this.pending) {
      reject(problem);
    }
    this.pending.clear();
  }

  /** Resolves when the process has exited and its output is read, or after `ms`. */
  private exitedWithin(ms: number): Promise<boolean> {
    if (this.exitDescription) {
      return Promise.resolve(true);
    }
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), ms);
      this.child.once("close", () => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }

  private unary<Response>(label: string, invoke: UnaryInvoker<Response>): Promise<Response> {
    return new Promise<Response>((resolve, reject) => {
      if (this.closing) {
        reject(this.failure(`${label}: the pack was closed`));
        return;
      }
      if (this.exitDescription) {
        reject(this.failure(`${label}: the pack process ${this.exitDescription}`));
        return;
      }
      const rejectPending = (problem: string) => reject(this.failure(`${label}: ${problem}`));
      this.pending.add(rejectPending);
      const { status } = this.modules.grpc;
      const deadline = new Date(Date.now() + this.requestTimeoutMs);
      try {
        invoke(new this.modules.grpc.Metadata(), { deadline }, (error, response) => {
          if (!this.pending.delete(rejectPending)) {
            return; // Already rejected: the process exited or the pack was closed.
          }
          if (!error) {
            resolve(response);
          } else if (error.code === status.DEADLINE_EXCEEDED) {
            reject(this.failure(`${label}: no answer within ${this.requestTimeoutMs} ms (does a policy hang?)`, error));
          } else if (error.code === status.UNAVAILABLE) {
            // Usually the process died mid-request: wait for its exit to say so and quote its stderr.
            this.exitedWithin(500).then((exited) =>
              reject(
                this.failure(
                  exited ? `${label}: the pack process ${this.exitDescription}` : `${label} failed (gRPC UNAVAILABLE): ${error.details}`,
                  error,
                ),
              ),
            );
          } else {
            reject(this.failure(`${label} failed (gRPC ${status[error.code] ?? error.code}): ${error.details}`, error));
          }
        });
      } catch (error) {
        this.pending.delete(rejectPending);
        reject(this.failure(`${label}: could not send the request: ${(error as Error).message}`));
      }
    });
  }
}

function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve();
  }
  return new Promise<void>((resolve) => {
    const killTimer = setTimeout(() => child.kill("SIGKILL"), KILL_GRACE_MS);
    child.once("exit", () => {
      clearTimeout(killTimer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

/**
 * Starts the pack in `packDir` with the `@pulumi/pulumi/cmd/run-policy-pack` the pack resolves, reads
 * its port from the first stdout line and connects an Analyzer client to it.
 */
export async function startPolicyPack(packDir: string, options: StartPolicyPackOptions = {}): Promise<PolicyPackProcess> {
  const { startTimeoutMs = 30_000, requestTimeoutMs = 60_000 } = options;
  const absolutePackDir = path.resolve(packDir);
  const project = readPolicyProject(absolutePackDir);
  let modules: PulumiProtoModules;
  try {
    modules = loadPulumiProtoModules(absolutePackDir);
  } catch (error) {
    throw new InputError(
      absolutePackDir,
      `cannot resolve @pulumi/pulumi from the pack; its dependencies look uninstalled (run npm install there): ${(error as Error).message}`,
    );
  }
  // Runtime options become `-key=value` arguments, as the CLI passes them.
  const runtimeArgs = Object.entries(project.runtimeOptions)
    .filter(([, value]) => value !== undefined && value !== null && String(value) !== "")
    .map(([key, value]) => `-${key}=${String(value)}`);
  const child = spawn(
    process.execPath,
    ["--import", EXIT_WITH_PARENT_PRELOAD, modules.runPolicyPackPath, ENGINE_ADDRESS_PLACEHOLDER, absolutePackDir, ...runtimeArgs],
    {
      cwd: absolutePackDir,
      env: { ...process.env, ...policyPackEnvironment(options.stack), ...options.env },
      stdio: ["pipe", "pipe", "pipe"],
    },
  );
  killChildrenOnExit(child);
  // "close" comes after "exit" once stdout and stderr are fully read.
  const closed = new Promise<void>((resolve) => child.once("close", () => resolve()));
  const stderr = new OutputTail();
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => stderr.append(chunk));

  const port = await new Promise<number>((resolve, reject) => {
    let firstLine = "";
    let settled = false;
    const fail = (problem: string, cause?: unknown) => {
      if (settled) {
        return;
      }
      settled = true;
      clearTimeout(timer);
      // Quote stderr only once it is fully read (bounded, in case a grandchild holds the pipe).
      terminate(child)
        .then(() => Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 1_000))]))
        .finally(() => reject(new PolicyPackError(absolutePackDir, problem, stderr.toString(), cause ? { cause } : undefined)));
    };
    const timer = setTimeout(
      () => fail(`did not print its port within ${startTimeoutMs} ms (run-policy-pack at ${modules.runPolicyPackPath})`),
      startTimeoutMs,
    );
    child.once("error", (error) => fail(`could not start node: ${error.message}`, error));
    child.once("exit", (code, signal) => fail(`exited before printing its port (${signal ? `killed by ${signal}` : `exit code ${code}`})`));
    // Keep reading stdout after the port, or a chatty pack would block on a full pipe.
    child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
      if (settled) {
        return;
      }
      firstLine += chunk;
      const newline = firstLine.indexOf("\n");
      if (newline < 0) {
        return;
      }
      const line = firstLine.slice(0, newline).trim();
      const parsed = /^\d+$/.test(line) ? Number(line) : Number.NaN;
      if (!(parsed > 0 && parsed < 65536)) {
        fail(`printed ${JSON.stringify(line.slice(0, 200))} instead of its port as the first line of stdout`);
        return;
      }
      settled = true;
      clearTimeout(timer);
      resolve(parsed);
    });
  });

  const client = new modules.analyzerGrpcPb.AnalyzerClient(`127.0.0.1:${port}`, modules.grpc.credentials.createInsecure(), {
    "grpc.max_receive_message_length": MAX_MESSAGE_BYTES,
    "grpc.max_send_message_length": MAX_MESSAGE_BYTES,
  });
  return new PolicyPackProcess(absolutePackDir, port, child, client, modules, stderr, requestTimeoutMs, project.version);
}
