import { InputError, type PlannedResource, parseUrn, type StackSnapshot, UNKNOWN_STRING, type WireValue } from "../model/snapshot";
import { isObject, readJsonFile } from "./json-file";
import { mapStateResource, REDACTED_SECRET, type SecretForm, StackIdentity } from "./state-resource";

const EXPECTED = "a `pulumi preview --json` document";

/**
 * Steps whose resource will not exist after the update. Everything else (create, update, same,
 * replace, create-replacement, import, refresh, read, …) describes a resource of the resulting stack.
 */
const GONE_AFTER_UPDATE = new Set(["delete", "discard", "delete-replaced", "discard-replaced", "remove-pending-replace"]);

/** Steps after which the resource keeps its current id (and, for `same`, its outputs). */
const KEEPS_ID = new Set(["same", "update", "refresh", "read"]);

/** Reads a `pulumi preview --json` digest: the planned state of each resource after the update. */
export async function readPreviewJson(file: string): Promise<StackSnapshot> {
  const { value, text } = await readJsonFile(file, EXPECTED);
  return snapshotFromPreview(value, file, text.includes(JSON.stringify(REDACTED_SECRET)) ? "redacted" : "none");
}

export function snapshotFromPreview(document: unknown, file: string, secrets: SecretForm): StackSnapshot {
  if (!isObject(document) || !Array.isArray(document.steps)) {
    throw new InputError(file, `expected ${EXPECTED} with a \`steps\` array`);
  }
  const identity = new StackIdentity();
  const byUrn = new Map<string, PlannedResource>();
  const context = { file, secrets };
  document.steps.forEach((step: unknown, i: number) => {
    if (!isObject(step) || typeof step.op !== "string" || typeof step.urn !== "string") {
      throw new InputError(file, `steps[${i}]: expected a step with string \`op\` and \`urn\``);
    }
    const { op, urn } = step;
    try {
      parseUrn(urn);
    } catch (err) {
      throw new InputError(file, `steps[${i}]: ${(err as Error).message}`);
    }
    const oldState = isObject(step.oldState) ? step.oldState : undefined;
    // The digest has no project or stack fields: every step's URN names them.
    identity.see(urn, (isObject(step.newState) ? step.newState : oldState)?.type as string | undefined);
    if (GONE_AFTER_UPDATE.has(op)) return;

    const seen = byUrn.get(urn);
    if (seen) {
      // A replacement is reported as both `create-replacement` and `replace` for one URN.
      if (op === "replace") seen.op = op;
      return;
    }
    const state = step.newState ?? (op === "same" ? oldState : undefined);
    if (state === undefined) throw new InputError(file, `steps[${i}] (${op} ${urn}): missing \`newState\``);
    const resource = mapStateResource(state, `steps[${i}].newState`, context);
    resource.op = op;
    // The digest's newState carries no id and no outputs: take them from oldState where they survive.
    if (resource.id === undefined && KEEPS_ID.has(op) && oldState?.id) resource.id = oldState.id as WireValue;
    if (resource.id === undefined && resource.custom) resource.id = UNKNOWN_STRING;
    if (resource.outputs === undefined && op === "same" && oldState) {
      const old = mapStateResource(oldState, `steps[${i}].oldState`, context);
      if (old.outputs) resource.outputs = old.outputs;
    }
    if (resource.provider === undefined && typeof step.provider === "string" && step.provider !== "") {
      resource.provider = step.provider;
    }
    byUrn.set(urn, resource);
  });
  const names = identity.resolve();
  return {
    project: names?.project ?? "",
    stack: names?.stack ?? "",
    source: { kind: "preview-json", path: file },
    resources: [...byUrn.values()],
  };
}
