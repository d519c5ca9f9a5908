import { InputError, type PlannedResource, SECRET_SIG, type StackSnapshot } from "../model/snapshot";
import { isObject, readJsonFile } from "./json-file";
import { mapStateResource, type SecretForm, StackIdentity } from "./state-resource";

const SUPPORTED_VERSION = 3;
const EXPECTED = "a `pulumi stack export` file";

/** Reads a `pulumi stack export` file (deployment version 3). */
export async function readStackExport(file: string): Promise<StackSnapshot> {
  const { value, text } = await readJsonFile(file, EXPECTED);
  return snapshotFromExport(value, file, text.includes(SECRET_SIG) ? "state" : "none");
}

/**
 * `{version: 3, deployment: {manifest, resources, …}}`; a bare deployment (`{manifest, resources}`,
 * as in a checkpoint's `latest`) is read as version 3 too.
 */
export function snapshotFromExport(document: unknown, file: string, secrets: SecretForm): StackSnapshot {
  if (!isObject(document)) throw new InputError(file, `expected ${EXPECTED} (a JSON object)`);
  let deployment: unknown = document;
  if ("deployment" in document || "version" in document) {
    checkVersion(document.version, file, "deployment");
    deployment = document.deployment;
    if (!isObject(deployment)) throw new InputError(file, "missing `deployment` object");
  }
  if (!isObject(deployment) || !Array.isArray(deployment.resources)) {
    throw new InputError(file, "missing `deployment.resources` array");
  }
  const { resources, identity } = mapDeployment(deployment.resources, file, secrets);
  return {
    // An export with no resources names no stack; leave the names empty rather than invent them.
    project: identity?.project ?? "",
    stack: identity?.stack ?? "",
    source: { kind: "stack-export", path: file },
    resources,
  };
}

export function checkVersion(version: unknown, file: string, what: string): void {
  if (version === SUPPORTED_VERSION) return;
  const found = version === undefined ? "no version" : `version ${JSON.stringify(version)}`;
  throw new InputError(file, `${what} has ${found}; only version ${SUPPORTED_VERSION} (Pulumi 3.x) is supported`);
}

/**
 * One pass over a deployment's resources. Resources pending deletion (`delete: true`) are left out:
 * they are the old halves of replacements and will not exist after the update. `pending_operations`
 * are not read at all.
 */
export function mapDeployment(
  rawResources: unknown[],
  file: string,
  secrets: SecretForm,
): { resources: PlannedResource[]; identity: ReturnType<StackIdentity["resolve"]> } {
  const identity = new StackIdentity();
  const resources: PlannedResource[] = [];
  const context = { file, secrets };
  for (let i = 0; i < rawResources.length; i++) {
    const raw = rawResources[i];
    if (isObject(raw) && raw.delete === true) continue;
    const resource = mapStateResource(raw, `resources[${i}]`, context);
    identity.see(resource.urn, resource.type);
    resources.push(resource);
  }
  return { resources, identity: identity.resolve() };
}
