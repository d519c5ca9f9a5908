/**
 * Maps the resource objects of Pulumi state (`apitype.ResourceV3`: exports, backend checkpoints and the
 * `newState` of preview steps) to `PlannedResource`. Property values are taken as they are (no copy);
 * only secrets are rewritten to the wire form, in place.
 */
import {
  InputError,
  type PlannedResource,
  parseUrn,
  type ResourceOptionsSnapshot,
  SECRET_SIG,
  SIG_KEY,
  UNKNOWN_STRING,
  type WireProperties,
  type WireValue,
} from "../model/snapshot";
import { isObject } from "./json-file";

const STACK_TYPE = "pulumi:pulumi:Stack";

/** How the secrets of a file look, and so how to rewrite them to `{[SIG_KEY]: SECRET_SIG, value}`. */
export type SecretForm =
  /** No secret anywhere in the file: skip the walk. */
  | "none"
  /** State secrets: `{[SIG_KEY]: SECRET_SIG, plaintext: "<JSON>"}` or `{…, ciphertext: "…"}`. */
  | "state"
  /** `pulumi preview --json` prints every secret as the string "[secret]". */
  | "redacted";

export const REDACTED_SECRET = "[secret]";

export interface MapContext {
  file: string;
  secrets: SecretForm;
}

/** Maps one state resource; `where` names it in errors (`resources[3]`, `steps[2].newState`). */
export function mapStateResource(raw: unknown, where: string, context: MapContext): PlannedResource {
  if (!isObject(raw) || typeof raw.urn !== "string" || typeof raw.type !== "string") {
    throw new InputError(context.file, `${where}: expected a resource object with string \`urn\` and \`type\``);
  }
  let name: string;
  try {
    name = parseUrn(raw.urn).name;
  } catch (err) {
    throw new InputError(context.file, `${where}: ${(err as Error).message}`);
  }
  const resource: PlannedResource = {
    urn: raw.urn,
    type: raw.type,
    name,
    custom: raw.custom === true,
    inputs: properties(raw.inputs, raw.urn, context) ?? {},
    dependencies: stringList(raw.dependencies),
    propertyDependencies: isObject(raw.propertyDependencies) ? (raw.propertyDependencies as Record<string, string[]>) : {},
    options: options(raw),
  };
  // The stack resource and components have no id; a custom resource being created has "" in some states.
  if (raw.id !== undefined && raw.id !== null && raw.id !== "") resource.id = raw.id as WireValue;
  const outputs = properties(raw.outputs, raw.urn, context);
  if (outputs) resource.outputs = outputs;
  if (typeof raw.parent === "string" && raw.parent !== "") resource.parent = raw.parent;
  if (typeof raw.provider === "string" && raw.provider !== "") resource.provider = raw.provider;
  return resource;
}

function options(raw: Record<string, unknown>): ResourceOptionsSnapshot {
  const result: ResourceOptionsSnapshot = {
    protect: raw.protect === true,
    ignoreChanges: stringList(raw.ignoreChanges),
    aliases: stringList(raw.aliases),
    additionalSecretOutputs: stringList(raw.additionalSecretOutputs),
  };
  if (typeof raw.retainOnDelete === "boolean") result.retainOnDelete = raw.retainOnDelete;
  if (typeof raw.deleteBeforeReplace === "boolean") result.deleteBeforeReplace = raw.deleteBeforeReplace;
  // State keeps custom timeouts in seconds, as the analyzer options do.
  if (isObject(raw.customTimeouts)) result.customTimeouts = raw.customTimeouts as ResourceOptionsSnapshot["customTimeouts"];
  return result;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? (value as string[]) : [];
}

function properties(value: unknown, urn: string, context: MapContext): WireProperties | undefined {
  if (!isObject(value)) return undefined;
  const props = value as WireProperties;
  if (context.secrets === "state") rewriteStateSecrets(props, urn, context.file);
  else if (context.secrets === "redacted") rewriteRedactedSecrets(props);
  return props;
}

/**
 * `plaintext` (export with `--show-secrets`) holds the value as JSON text. `ciphertext` cannot be
 * decrypted offline, so the value becomes unknown: policies then treat it as not knowable, not as empty.
 */
function rewriteStateSecrets(props: WireProperties, urn: string, file: string): void {
  replaceValues(props, (value) => {
    if (typeof value !== "object" || value === null || Array.isArray(value) || value[SIG_KEY] !== SECRET_SIG) {
      return undefined;
    }
    return { [SIG_KEY]: SECRET_SIG, value: secretValue(value, urn, file) };
  });
}

function secretValue(secret: Record<string, WireValue>, urn: string, file: string): WireValue {
  if (typeof secret.plaintext === "string") {
    try {
      return JSON.parse(secret.plaintext) as WireValue;
    } catch {
      throw new InputError(file, `${urn}: a secret's plaintext is not valid JSON`);
    }
  }
  if ("value" in secret) return secret.value; // already in wire form
  return UNKNOWN_STRING;
}

/** Every "[secret]" string of a preview digest becomes a secret whose value is unknown. */
function rewriteRedactedSecrets(props: WireProperties): void {
  replaceValues(props, (value) => (value === REDACTED_SECRET ? { [SIG_KEY]: SECRET_SIG, value: UNKNOWN_STRING } : undefined));
}

/** Walks a value tree in place; where `replace` returns a value, it takes the old one's place. */
function replaceValues(container: WireProperties | WireValue[], replace: (value: WireValue) => WireValue | undefined): void {
  const slots = container as Record<string, WireValue>;
  for (const key in slots) {
    const value = slots[key];
    const replacement = replace(value);
    if (replacement !== undefined) slots[key] = replacement;
    else if (typeof value === "object" && value !== null) replaceValues(value, replace);
  }
}

/** Project and stack of a set of URNs: from the root stack resource when present, else the first URN. */
export class StackIdentity {
  private first?: string;
  private root?: string;

  see(urn: string, type?: string): void {
    if (this.first === undefined) this.first = urn;
    if (this.root === undefined && type === STACK_TYPE) this.root = urn;
  }

  resolve(): { project: string; stack: string } | undefined {
    const urn = this.root ?? this.first;
    if (urn === undefined) return undefined;
    const { project, stack } = parseUrn(urn);
    return { project, stack };
  }
}
