/**
 * Reads a Pulumi project the way the CLI does before it starts the language host: `Pulumi.yaml`
 * (name, runtime, main), the stack's `Pulumi.<stack>.yaml` config, and the program's entry file.
 * Everything here runs in the parent process, so malformed files fail fast without a child.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import * as path from "node:path";
import { parse as parseYaml } from "yaml";
import { InputError } from "../model/snapshot";

/**
 * What a `secure:` config value becomes. Offline there is no secrets provider to decrypt it, so the
 * program sees this placeholder (wrapped as a secret). "[secret]" is the string `pulumi preview --json`
 * prints for secrets, so both inputs read alike; `runProgram` then turns a secret whose whole value is
 * this placeholder into an unknown, because the real value cannot be known offline.
 */
export const SECRET_CONFIG_PLACEHOLDER = "[secret]";

export interface LoadedProject {
  projectDir: string;
  project: string;
  stack: string;
  /** Absolute path of the stack's config file, `Pulumi.<stack>.yaml` (it need not exist). */
  stackFile: string;
  /** Absolute path of the file the program starts from. */
  entryPath: string;
  /** `namespace:key` → value, strings only (structured values are JSON text, as Pulumi passes them). */
  config: Record<string, string>;
  secretKeys: string[];
}

type YamlMap = Record<string, unknown>;

function isMap(value: unknown): value is YamlMap {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function readYamlFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    throw new InputError(file, `cannot read: ${(err as Error).message}`);
  }
  try {
    return parseYaml(text);
  } catch (err) {
    throw new InputError(file, `invalid YAML: ${(err as Error).message}`);
  }
}

/** Loads the project in `dir` and the config of `stack` (or of the only stack that has a config file). */
export function loadProject(dir: string, stack?: string): LoadedProject {
  const projectDir = path.resolve(dir);
  const projectFile = ["Pulumi.yaml", "Pulumi.yml"].map((f) => path.join(projectDir, f)).find((f) => existsSync(f));
  if (!projectFile) {
    throw new InputError(path.join(projectDir, "Pulumi.yaml"), "not found: expected a Pulumi project file");
  }
  const doc = readYamlFile(projectFile);
  if (!isMap(doc)) {
    throw new InputError(projectFile, "expected a YAML mapping with at least `name` and `runtime`");
  }
  const project = doc.name;
  if (typeof project !== "string" || project === "") {
    throw new InputError(projectFile, "missing project `name`");
  }
  const runtime = isMap(doc.runtime) ? doc.runtime.name : doc.runtime;
  if (runtime !== "nodejs") {
    throw new InputError(projectFile, `runtime ${JSON.stringify(runtime ?? null)} is not supported: only nodejs programs can run offline`);
  }

  const configDir = typeof doc.stackConfigDir === "string" ? path.resolve(projectDir, doc.stackConfigDir) : projectDir;
  const { stackName, stackFile } = pickStack(projectDir, configDir, stack);
  // As in Pulumi, a stack's config file is optional: without one the stack has the project's defaults.
  const stackDoc = existsSync(stackFile) ? (readYamlFile(stackFile) ?? {}) : {};
  if (!isMap(stackDoc)) {
    throw new InputError(stackFile, "expected a YAML mapping (with an optional `config:` map)");
  }

  const config: Record<string, string> = {};
  const secretKeys = new Set<string>();
  // Project-level defaults first (Pulumi.yaml `config:`), then the stack's values override them.
  addProjectDefaults(projectFile, project, doc.config, config, secretKeys);
  addStackConfig(stackFile, project, stackDoc.config, config, secretKeys);

  return {
    projectDir,
    project,
    stack: stackName,
    stackFile,
    entryPath: resolveEntry(projectDir, projectFile, doc.main),
    config,
    secretKeys: [...secretKeys],
  };
}

function pickStack(projectDir: string, configDir: string, requested?: string): { stackName: string; stackFile: string } {
  const found = existsSync(configDir)
    ? readdirSync(configDir)
        .map((f) => /^Pulumi\.(.+)\.yaml$/.exec(f)?.[1])
        .filter((s): s is string => s !== undefined)
        .sort()
    : [];
  const foundText = found.length > 0 ? found.join(", ") : "none";
  if (requested !== undefined) {
    // A fully qualified `org/project/stack` name keeps its config in `Pulumi.<stack>.yaml`.
    const stackName = requested.split("/").pop() as string;
    if (!/^[A-Za-z0-9_.-]+$/.test(stackName)) {
      throw new InputError(projectDir, `invalid stack name ${JSON.stringify(requested)}: use letters, digits, '-', '_' and '.'`);
    }
    return { stackName, stackFile: path.join(configDir, `Pulumi.${stackName}.yaml`) };
  }
  if (found.length === 1) {
    return { stackName: found[0], stackFile: path.join(configDir, `Pulumi.${found[0]}.yaml`) };
  }
  throw new InputError(
    projectDir,
    found.length === 0
      ? "no stack named and no Pulumi.<stack>.yaml to pick one from: name the stack (its config file is optional)"
      : `several stacks found (${foundText}): name the stack to run`,
  );
}

/** `key` → `<project>:key`, as Pulumi namespaces keys written without one. */
function namespacedKey(project: string, key: string): string {
  return key.includes(":") ? key : `${project}:${key}`;
}

function addStackConfig(file: string, project: string, section: unknown, config: Record<string, string>, secretKeys: Set<string>): void {
  if (section === undefined || section === null) return;
  if (!isMap(section)) throw new InputError(file, "`config` must be a mapping of keys to values");
  for (const [key, raw] of Object.entries(section)) {
    const fullKey = namespacedKey(project, key);
    const { text, secret } = configValueText(raw);
    config[fullKey] = text;
    if (secret) secretKeys.add(fullKey);
    else secretKeys.delete(fullKey);
  }
}

/** Pulumi.yaml `config:` entries are either a plain value or a declaration `{type, default, secret, …}`. */
function addProjectDefaults(
  file: string,
  project: string,
  section: unknown,
  config: Record<string, string>,
  secretKeys: Set<string>,
): void {
  if (section === undefined || section === null) return;
  if (!isMap(section)) throw new InputError(file, "`config` must be a mapping");
  const declarationKeys = new Set(["type", "default", "value", "secret", "description", "items"]);
  for (const [key, raw] of Object.entries(section)) {
    let value = raw;
    let declaredSecret = false;
    if (isMap(raw) && Object.keys(raw).length > 0 && Object.keys(raw).every((k) => declarationKeys.has(k))) {
      value = raw.value ?? raw.default;
      declaredSecret = raw.secret === true;
      if (value === undefined) continue; // a declaration without a default: the stack must provide it
    }
    const fullKey = namespacedKey(project, key);
    const { text, secret } = configValueText(value);
    config[fullKey] = text;
    if (secret || declaredSecret) secretKeys.add(fullKey);
  }
}

/** Strings pass as-is; anything else becomes JSON text. `{secure: …}` anywhere makes the key a secret. */
function configValueText(raw: unknown): { text: string; secret: boolean } {
  if (typeof raw === "string") return { text: raw, secret: false };
  if (raw === null || raw === undefined) return { text: "", secret: false };
  if (isSecureValue(raw)) return { text: SECRET_CONFIG_PLACEHOLDER, secret: true };
  let secret = false;
  const replaced = JSON.stringify(raw, (_key, value: unknown) => {
    if (isSecureValue(value)) {
      secret = true;
      return SECRET_CONFIG_PLACEHOLDER;
    }
    return value;
  });
  return { text: replaced, secret };
}

function isSecureValue(value: unknown): boolean {
  return isMap(value) && Object.keys(value).length === 1 && typeof value.secure === "string";
}

/**
 * The entry file: `main` from Pulumi.yaml (a file or a folder), else package.json `main` when that
 * file exists (the CLI falls back to the folder too), else index.ts / index.js. We prefer index.ts
 * over index.js: offline we read sources, and a stale compiled index.js beside it is the rarer case.
 */
function resolveEntry(projectDir: string, projectFile: string, main: unknown): string {
  if (main !== undefined) {
    if (typeof main !== "string") throw new InputError(projectFile, "`main` must be a path");
    const target = path.resolve(projectDir, main);
    const entry = resolveFileOrFolder(target);
    if (!entry) throw new InputError(projectFile, `main ${JSON.stringify(main)}: no program found at ${target}`);
    return entry;
  }
  const entry = resolveFileOrFolder(projectDir);
  if (!entry) {
    throw new InputError(projectDir, "no program entry found (Pulumi.yaml main, package.json main, index.ts, index.js)");
  }
  return entry;
}

function resolveFileOrFolder(target: string): string | undefined {
  for (const candidate of [target, `${target}.ts`, `${target}.js`]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  if (!existsSync(target) || !statSync(target).isDirectory()) return undefined;
  const packageJson = path.join(target, "package.json");
  if (existsSync(packageJson)) {
    try {
      const main = (JSON.parse(readFileSync(packageJson, "utf8")) as { main?: unknown }).main;
      if (typeof main === "string") {
        const mainFile = path.resolve(target, main);
        if (existsSync(mainFile) && statSync(mainFile).isFile()) return mainFile;
      }
    } catch {
      // An unreadable package.json only loses the `main` hint, as with the CLI.
    }
  }
  return ["index.ts", "index.js", "index.mts", "index.mjs"].map((f) => path.join(target, f)).find((f) => existsSync(f));
}
