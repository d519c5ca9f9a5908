/**
 * Builds the Cloud SQL database-flag controls (CIS GCP section 6.1–6.3): one control per flag, each with
 * its check, examples and a custom constraint over the Cloud SQL Admin API's Instance resource.
 */
import type { ControlDefinition } from "../../model/control";
import type { FrameworkMappings, Severity } from "../../model/types";
import { fail, notApplicable, pass } from "../../model/verdict";
import { objectsOf } from "../../shared/network";

export const SQL_INSTANCE = "gcp:sql/databaseInstance:DatabaseInstance";

export type Engine = "MYSQL" | "POSTGRES" | "SQLSERVER";
const ENGINE_NAME: Record<Engine, string> = { MYSQL: "MySQL", POSTGRES: "PostgreSQL", SQLSERVER: "SQL Server" };

/** What the flag must be: one of `values` (absent passes when the engine default is compliant), or not set at all. */
export type FlagExpectation = { kind: "oneOf"; values: readonly string[]; absentOk: boolean } | { kind: "absent" };

export interface FlagRule {
  id: string;
  engine: Engine;
  flag: string;
  title: string;
  rationale: string;
  severity: Severity;
  cis5: string;
  cis3: string;
  nist: readonly string[];
  expect: FlagExpectation;
  /** A compliant and a non-compliant value for the examples (undefined: flag absent). */
  good: string | undefined;
  bad: string | undefined;
  /** camelCase suffix of the custom constraint name. */
  constraint: string;
}

function describeExpectation(e: FlagExpectation): string {
  return e.kind === "absent"
    ? "not set"
    : e.values.length === 1
      ? `"${e.values[0]}"`
      : `one of ${e.values.map((v) => `"${v}"`).join(", ")}`;
}

function celList(values: readonly string[]): string {
  const all = new Set<string>();
  for (const v of values) for (const c of [v, v.toLowerCase(), v.toUpperCase()]) all.add(c);
  return `[${[...all].map((v) => `'${v}'`).join(", ")}]`;
}

/** CEL, true when the instance violates the rule (DENY). Written to hold with and without proto defaults. */
export function flagCondition(rule: FlagRule): string {
  const engine = `resource.databaseVersion.startsWith('${rule.engine}')`;
  const flags = "resource.settings.databaseFlags";
  const e = rule.expect;
  if (e.kind === "absent") return `${engine} && has(${flags}) && ${flags}.exists(f, f.name == '${rule.flag}')`;
  if (e.absentOk) return `${engine} && has(${flags}) && ${flags}.exists(f, f.name == '${rule.flag}' && !(f.value in ${celList(e.values)}))`;
  return `${engine} && (!has(${flags}) || !${flags}.exists(f, f.name == '${rule.flag}' && f.value in ${celList(e.values)}))`;
}

export function sqlFlagControl(rule: FlagRule): ControlDefinition {
  const frameworks: FrameworkMappings = {
    "cis-gcp-5.0": [rule.cis5],
    "cis-gcp-3.0": [rule.cis3],
    "nist-800-53-r5": rule.nist,
    soc2: rule.nist.some((n) => n.startsWith("AU")) ? ["CC7.2"] : ["CC6.1", "CC6.8"],
    "iso27001-2022": rule.nist.some((n) => n.startsWith("AU")) ? ["A.8.15"] : ["A.8.9"],
    "pci-dss-4.0": rule.nist.some((n) => n.startsWith("AU")) ? ["10.2.1"] : ["2.2.5"],
    hipaa: rule.nist.some((n) => n.startsWith("AU")) ? ["164.312(b)"] : ["164.312(a)(1)"],
  };
  const version = { MYSQL: "MYSQL_8_0", POSTGRES: "POSTGRES_16", SQLSERVER: "SQLSERVER_2022_STANDARD" }[rule.engine];
  const instance = (value: string | undefined) => ({
    type: SQL_INSTANCE,
    props: {
      databaseVersion: version,
      region: "europe-west1",
      settings: { tier: "db-custom-2-7680", databaseFlags: value === undefined ? [] : [{ name: rule.flag, value }] },
    },
  });
  const want = describeExpectation(rule.expect);
  return {
    id: rule.id,
    title: rule.title,
    rationale: rule.rationale,
    severity: rule.severity,
    cloud: "gcp",
    service: "sql",
    resourceTypes: [SQL_INSTANCE],
    frameworks,
    remediation:
      rule.expect.kind === "absent"
        ? `Remove the "${rule.flag}" flag from settings.databaseFlags.`
        : `Set settings.databaseFlags { name: "${rule.flag}", value: ${want} }.`,
    enforcementLevel: "mandatory",
    tags: ["database", rule.nist.some((n) => n.startsWith("AU")) ? "logging" : "hardening"],
    check: (r) => {
      const version = r.props.databaseVersion;
      if (typeof version !== "string" || !version.startsWith(rule.engine)) {
        return notApplicable(`applies to ${ENGINE_NAME[rule.engine]} instances`);
      }
      const flags = objectsOf(r.props.settings?.databaseFlags);
      const i = flags.findIndex((f) => f.name === rule.flag);
      const value = i >= 0 ? flags[i].value : undefined;
      const property = i >= 0 ? `settings.databaseFlags[${i}].value` : "settings.databaseFlags";
      const e = rule.expect;
      if (e.kind === "absent")
        return i < 0 ? pass() : fail(property, `the "${rule.flag}" flag is set to ${JSON.stringify(value)}; remove it`);
      if (i < 0) return e.absentOk ? pass() : fail(property, `the "${rule.flag}" flag is not set; set it to ${want}`);
      const ok = typeof value === "string" && e.values.some((v) => v.toLowerCase() === value.trim().toLowerCase());
      return ok ? pass() : fail(property, `the "${rule.flag}" flag is ${JSON.stringify(value)}; set it to ${want}`);
    },
    preventive: [
      {
        kind: "gcp-custom-constraint",
        name: `custom.${rule.constraint}`,
        displayName: rule.title,
        resourceTypes: ["sqladmin.googleapis.com/Instance"],
        methodTypes: ["CREATE", "UPDATE"],
        condition: flagCondition(rule),
        actionType: "DENY",
      },
    ],
    examples: {
      compliant: [[instance(rule.good)]],
      nonCompliant: [[instance(rule.bad)]],
    },
  };
}
