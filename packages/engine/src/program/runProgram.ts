/**
 * Runs a Pulumi program offline: no CLI, no provider plugins, no cloud. The program runs in a child
 * process under the SDK's mocks (see `child.ts`) and every resource it registers is read back into a
 * `StackSnapshot`, with inputs in the wire form the engine would send to a policy pack.
 */
import { fork } from "node:child_process";
import * as path from "node:path";
import {
  InputError,
  isSecret,
  type PlannedResource,
  type StackSnapshot,
  UNKNOWN_STRING,
  type WireProperties,
  type WireValue,
} from "../model/snapshot";
import { OFFLINE_LOOKUP_MARK } from "./lookup-shapes";
import { loadProject, SECRET_CONFIG_PLACEHOLDER } from "./project";
import type { CapturedResource, ChildMessage, ProgramJob } from "./protocol";

export interface RunProgramOptions {
  /** Stack name; defaults to the only stack with a `Pulumi.<stack>.yaml`. */
  stack?: string;
  /** Preview semantics (unknown ids and computed outputs); default true. */
  preview?: boolean;
  /** Kill the program after this long; default 120 s. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 120_000;
/** How much of the program's stderr we keep to explain a crash. */
const STDERR_TAIL_CHARS = 4_000;

export async function runProgram(dir: string, opts: RunProgramOptions = {}): Promise<StackSnapshot> {
  const preview = opts.preview ?? true;
  const project = loadProject(dir, opts.stack);
  const job: ProgramJob = {
    projectDir: project.projectDir,
    entryPath: project.entryPath,
    project: project.project,
    stack: project.stack,
    stackFile: project.stackFile,
    preview,
    config: project.config,
    secretKeys: project.secretKeys,
  };
  const result = await runInChild(job, opts.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  return {
    project: project.project,
    stack: project.stack,
    source: { kind: "program", path: project.projectDir },
    resources: result.resources.map((resource) => toPlannedResource(resource, preview)),
    offline: { lookups: result.lookups, unexpandedComponents: result.unexpandedComponents },
  };
}

function toPlannedResource(captured: CapturedResource, preview: boolean): PlannedResource {
  const resource: PlannedResource = {
    urn: captured.urn,
    type: captured.type,
    name: captured.name,
    custom: captured.custom,
    inputs: unknownPlaceholders(captured.inputs) as WireProperties,
    dependencies: captured.dependencies,
    propertyDependencies: captured.propertyDependencies,
    options: captured.options,
  };
  if (captured.custom) resource.id = preview ? UNKNOWN_STRING : captured.id;
  if (captured.parent) resource.parent = captured.parent;
  // Only explicit providers: the real engine also assigns a default provider to every custom resource
  // without one, and we do not fabricate those.
  if (captured.provider) resource.provider = captured.provider;
  // Outside a preview the mock echoes inputs as outputs; a component's registration has none.
  if (!preview && captured.custom && captured.outputs) {
    resource.outputs = unknownPlaceholders(captured.outputs) as WireProperties;
  }
  return resource;
}

/**
 * Values we stood in for become unknown, so that policies never judge an invented value:
 * - inside a secret, a string that is exactly the `secure:` config placeholder (no secrets provider
 *   offline), like the secrets of a preview digest;
 * - any string that contains a data-source placeholder (`ami: <placeholder>`, an ARN built from one).
 * Mutates in place: the captured values arrived over IPC and belong to us.
 */
function unknownPlaceholders(value: WireValue, insideSecret = false): WireValue {
  if (insideSecret && value === SECRET_CONFIG_PLACEHOLDER) return UNKNOWN_STRING;
  if (typeof value === "string" && value.includes(OFFLINE_LOOKUP_MARK)) return UNKNOWN_STRING;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = unknownPlaceholders(value[i], insideSecret);
  } else if (typeof value === "object" && value !== null) {
    const secret = insideSecret || isSecret(value);
    for (const key of Object.keys(value)) value[key] = unknownPlaceholders(value[key], secret);
  }
  return value;
}

/**
 * The child entry: `child.js` beside this file in dist, or `child.ts` when we run from sources (tests),
 * in which case tsx transpiles it. That registration is kept removable (`globalThis[UNREGISTER_TSX]`):
 * the child takes it down before it loads a CommonJS program, which must load under ts-node as it
 * does under the Pulumi CLI, not under tsx.
 */
function childEntry(): { file: string; execArgv: string[] } {
  const extension = path.extname(__filename);
  const file = path.join(__dirname, `child${extension}`);
  if (extension !== ".ts") return { file, execArgv: [] };
  return { file, execArgv: ["--require", path.join(__dirname, "dev-loader.cjs")] };
}

/** Environment for the child: no PULUMI_* variables, which would make the SDK look for a real engine. */
function childEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith("PULUMI_")));
}

type ProgramResult = Extract<ChildMessage, { kind: "result" }>;

function runInChild(job: ProgramJob, timeoutMs: number): Promise<ProgramResult> {
  const { file, execArgv } = childEntry();
  return new Promise((resolve, reject) => {
    const child = fork(file, [], {
      cwd: job.projectDir,
      env: childEnv(),
      execArgv,
      stdio: ["ignore", "pipe", "pipe", "ipc"],
    });
    let stderrTail = "";
    let settled = false;
    const settle = (action: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      action();
    };
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      settle(() => reject(new InputError(job.projectDir, `program did not finish within ${timeoutMs} ms`)));
    }, timeoutMs);

    // The program's console output is not ours to print; stdout is drained, stderr kept to explain crashes.
    child.stdout?.resume();
    child.stderr?.setEncoding("utf8");
    child.stderr?.on("data", (chunk: string) => {
      stderrTail = (stderrTail + chunk).slice(-STDERR_TAIL_CHARS);
    });
    child.on("message", (message: ChildMessage) => {
      if (message.kind === "result") settle(() => resolve(message));
      else settle(() => reject(new InputError(job.projectDir, `program failed: ${message.message}`)));
    });
    child.on("error", (err) => {
      settle(() => reject(new InputError(job.projectDir, `cannot start the program process: ${err.message}`)));
    });
    // "close", not "exit": it comes after the IPC channel is drained, so a sent result is never lost.
    child.on("close", (code, signal) => {
      const how = signal ? `signal ${signal}` : `code ${code}`;
      const detail = stderrTail.trim() ? `: ${stderrTail.trim()}` : "";
      settle(() => reject(new InputError(job.projectDir, `program process exited (${how}) without a result${detail}`)));
    });
    child.send(job);
  });
}
