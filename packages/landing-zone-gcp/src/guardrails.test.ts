import { gcpControls } from "@palisade/controls";
import { describe, expect, it } from "vitest";
import { sampleConfig, sourceOf } from "../test/sample-config";
import { BUILTIN_CONSTRAINTS, CUSTOM_CONSTRAINT_RESOURCE_TYPES } from "./builtin-constraints";
import { loadConfig } from "./config";
import { enforcedConstraints, type GcpOrgPolicyForm, planGuardrails, tagCondition } from "./guardrails";

const config = loadConfig(sourceOf(sampleConfig()), enforcedConstraints(gcpControls));
const plan = planGuardrails(gcpControls, config);

const orgPolicyForms = gcpControls.flatMap((c) =>
  (c.preventive ?? []).filter((f): f is GcpOrgPolicyForm => f.kind === "gcp-org-policy").map((f) => ({ control: c.id, form: f })),
);

describe("organisation policies from the controls", () => {
  it("name only real built-in constraints, with the type Google documents", () => {
    const wrong = orgPolicyForms
      .filter(({ form }) => BUILTIN_CONSTRAINTS[form.constraint]?.type !== form.constraintType)
      .map(
        ({ control, form }) =>
          `${control}: ${form.constraint} (${form.constraintType}) is ${BUILTIN_CONSTRAINTS[form.constraint]?.type ?? "not in the list"}`,
      );
    expect(wrong).toEqual([]);
  });

  it("cover the constraints the landing zone must enforce", () => {
    const deployed = new Map(plan.policies.map((p) => [p.constraint, p.kind]));
    const required: Record<string, "boolean" | "list"> = {
      "iam.disableServiceAccountKeyCreation": "boolean",
      "iam.disableServiceAccountKeyUpload": "boolean",
      "iam.allowedPolicyMemberDomains": "list",
      "iam.automaticIamGrantsForDefaultServiceAccounts": "boolean",
      "compute.vmExternalIpAccess": "list",
      "compute.requireOsLogin": "boolean",
      "compute.skipDefaultNetworkCreation": "boolean",
      "compute.disableSerialPortAccess": "boolean",
      "compute.requireShieldedVm": "boolean",
      "compute.restrictVpcPeering": "list",
      "storage.uniformBucketLevelAccess": "boolean",
      "storage.publicAccessPrevention": "boolean",
      "sql.restrictPublicIp": "boolean",
      "sql.restrictAuthorizedNetworks": "boolean",
      "gcp.resourceLocations": "list",
    };
    for (const [name, kind] of Object.entries(required)) expect(deployed.get(name), name).toBe(kind);
  });

  it("deploy one policy per constraint: boolean ones enforced, list ones with their values", () => {
    const names = plan.policies.map((p) => p.constraint);
    expect(new Set(names).size).toBe(names.length);
    for (const p of plan.policies) {
      const last = p.rules[p.rules.length - 1];
      expect(last.condition, p.constraint).toBeUndefined();
      if (p.kind !== "list") expect(last, p.constraint).toEqual({ enforce: "TRUE" });
      else
        expect(
          last.denyAll === "TRUE" || (last.values?.allowedValues?.length ?? 0) + (last.values?.deniedValues?.length ?? 0) > 0,
          p.constraint,
        ).toBe(true);
    }
    const byName = Object.fromEntries(plan.policies.map((p) => [p.constraint, p]));
    expect(byName["compute.vmExternalIpAccess"].rules.at(-1)).toEqual({ denyAll: "TRUE" });
    expect(byName["iam.allowedPolicyMemberDomains"].rules).toEqual([{ values: { allowedValues: ["C01abc23d"] } }]);
    expect(byName["gcp.resourceLocations"].rules).toEqual([{ values: { allowedValues: ["in:eu-locations"] } }]);
    expect(byName["compute.restrictVpcPeering"].rules).toEqual([{ values: { allowedValues: ["under:organizations/123456789012"] } }]);
    expect(byName["essentialcontacts.allowedContactDomains"].rules).toEqual([{ values: { allowedValues: ["@acme.example"] } }]);
    // Two controls ask for CMEK; their denied services merge into one policy.
    expect(byName["gcp.restrictNonCmekServices"].rules.map((r) => r.values?.deniedValues?.toSorted())).toEqual([
      ["bigquery.googleapis.com", "storage.googleapis.com"],
    ]);
    expect(byName["gcp.restrictNonCmekServices"].controls.sort()).toEqual(["gcp-bigquery-dataset-cmek", "gcp-storage-bucket-cmek"]);
  });

  it("turn tag exceptions from config into conditional rules ahead of the enforcing one", () => {
    const p = plan.policies.find((x) => x.constraint === "compute.vmExternalIpAccess")!;
    expect(p.rules[0]).toEqual({
      allowAll: "TRUE",
      condition: {
        expression: "resource.matchTag('123456789012/palisade-exception', 'bastion-external-ip')",
        title: "Exception palisade-exception=bastion-external-ip",
        description: "Legacy bastion of the payments team until the IAP migration (PAY-1234)",
      },
    });
    const withBoolean = planGuardrails(gcpControls, {
      ...config,
      exceptions: [
        {
          tag: { key: "k", value: "v" },
          constraints: ["compute.requireOsLogin", "custom.gkeRequirePrivateNodes"],
          reason: "a test exception",
        },
      ],
    });
    for (const name of ["compute.requireOsLogin", "custom.gkeRequirePrivateNodes"]) {
      const rules = withBoolean.policies.find((x) => x.constraint === name)!.rules;
      expect(rules[0].enforce).toBe("FALSE");
      expect(rules[0].condition?.expression).toBe(tagCondition("123456789012", "k", "v"));
      expect(rules[1]).toEqual({ enforce: "TRUE" });
    }
  });

  it("define custom constraints Google accepts: custom.<alphanumeric> names, supported resource types, short CEL", () => {
    expect(plan.customConstraints.length).toBeGreaterThanOrEqual(5);
    for (const cc of plan.customConstraints) {
      expect(cc.name, cc.name).toMatch(/^custom\.[a-zA-Z0-9]{1,63}$/);
      expect(cc.name.length).toBeLessThanOrEqual(70);
      for (const t of cc.resourceTypes) expect(CUSTOM_CONSTRAINT_RESOURCE_TYPES, cc.name).toContain(t);
      expect(cc.condition.length, cc.name).toBeLessThanOrEqual(1000);
      expect(cc.displayName.length).toBeLessThanOrEqual(200);
      expect(cc.description.length).toBeLessThanOrEqual(2000);
      expect(cc.methodTypes).toContain("CREATE");
      // Each has its policy.
      expect(plan.policies.find((p) => p.constraint === cc.name)?.kind).toBe("custom");
    }
  });
});
