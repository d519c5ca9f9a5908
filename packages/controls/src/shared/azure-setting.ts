/**
 * Families of Azure controls that decide one resource from one setting each: public network access, local
 * (key) authentication, minimum TLS version. One check per family, parameterised by where the setting lives
 * and what the service does when it is absent; each control file states the service-specific facts.
 */
import type { ControlDefinition, ExampleResource, ResourceCheck } from "../model/control";
import type { FrameworkMappings } from "../model/types";
import { fail, pass } from "../model/verdict";
import { type Bag, objectOf, same, shown } from "./azure";
import { azurePolicy } from "./azure-policy";

/**
 * The value at a dotted path of the property bag. Each step is a plain read, so an unknown value (or an
 * unknown object on the way) throws and the control reports "cannot be evaluated"; a missing step is undefined.
 */
export function settingAt(props: Bag, path: string): unknown {
  let cur: unknown = props;
  for (const key of path.split(".")) {
    const obj = objectOf(cur);
    if (!obj) return undefined;
    cur = obj[key];
  }
  return cur;
}

/** A props bag with `value` at the dotted `path` (for examples). */
export function withSetting(base: Bag, path: string, value: unknown): Bag {
  const keys = path.split(".");
  const out: Bag = structuredClone(base);
  let cur = out;
  for (const key of keys.slice(0, -1)) {
    cur[key] = objectOf(cur[key]) ?? {};
    cur = cur[key];
  }
  cur[keys[keys.length - 1]] = value;
  return out;
}

/** What a family control needs to know about the service. */
export interface ServiceSetting {
  id: string;
  service: string;
  /** The resource, for titles and messages: "Event Hubs namespaces". */
  noun: string;
  resourceTypes: readonly string[];
  /** Dotted path of the setting in the Pulumi inputs. */
  path: string;
  /** The ARM resource type and the Azure Policy alias of the setting, when a real alias exists. */
  policy?: { armType: string; alias: string; scope?: "root" | "landing-zones" | "corp" };
  /** Required inputs other than the setting, so examples look like real programs. */
  base?: Bag;
  frameworks: FrameworkMappings;
  severity?: ControlDefinition["severity"];
  enforcementLevel?: ControlDefinition["enforcementLevel"];
  rationale?: string;
}

function examplesOf(s: ServiceSetting, good: readonly unknown[], bad: readonly unknown[], unsetIsBad: boolean) {
  const one = (props: Bag): ExampleResource[] => [{ type: s.resourceTypes[0], props }];
  const base = s.base ?? {};
  return {
    compliant: [...good.map((v) => one(withSetting(base, s.path, v))), ...(unsetIsBad ? [] : [one(base)])],
    nonCompliant: [...bad.map((v) => one(withSetting(base, s.path, v))), ...(unsetIsBad ? [one(base)] : [])],
  };
}

/** `path` is "Disabled"; absent means Enabled for every service this family covers. */
export function publicNetworkAccessCheck(path: string): ResourceCheck {
  return (r) => {
    const value = settingAt(r.props, path);
    return same(value, "Disabled")
      ? pass()
      : fail(
          path,
          `${path} is ${shown(value, '"unset (Enabled)"')}; set it to "Disabled" and reach the service through a private endpoint`,
        );
  };
}

export function publicNetworkAccessControl(s: ServiceSetting): ControlDefinition {
  return {
    id: s.id,
    title: `${s.noun} disable public network access`,
    rationale:
      s.rationale ??
      `${s.noun} reachable from the internet are exposed to credential stuffing, leaked keys and unpatched endpoints; private endpoints keep the data plane inside the network.`,
    severity: s.severity ?? "high",
    cloud: "azure",
    service: s.service,
    resourceTypes: s.resourceTypes,
    frameworks: s.frameworks,
    remediation: `Set ${s.path}: "Disabled" and add a network.PrivateEndpoint for the service.`,
    // Public endpoints are a workload decision (Online landing zones); the landing zone denies them in Corp.
    enforcementLevel: s.enforcementLevel ?? "advisory",
    tags: ["network", "public-exposure"],
    check: publicNetworkAccessCheck(s.path),
    preventive: s.policy
      ? [
          azurePolicy({
            name: `palisade-${s.id.replace(/^azure-/, "")}`,
            displayName: `${s.noun} must disable public network access`,
            description: `Denies ${s.noun.toLowerCase()} reachable from public networks (Palisade control ${s.id}).`,
            nonCompliantWhen: {
              allOf: [
                { field: "type", equals: s.policy.armType },
                { field: s.policy.alias, notEquals: "Disabled" },
              ],
            },
            scope: s.policy.scope ?? "corp",
          }),
        ]
      : undefined,
    examples: examplesOf(s, ["Disabled"], ["Enabled"], true),
  };
}

/**
 * Local authentication (shared keys, SAS, admin users) is off: `path` is `disabledWhen` (true for
 * `disableLocalAuth`-style flags, false for `adminUserEnabled`-style ones). `unsetDisabled` says whether the
 * service leaves local auth off when the setting is absent.
 */
export function localAuthControl(s: ServiceSetting & { disabledWhen: boolean; unsetDisabled: boolean; keys: string }): ControlDefinition {
  const isOff = (v: unknown) => v === s.disabledWhen || ((v === undefined || v === null) && s.unsetDisabled);
  return {
    id: s.id,
    title: `${s.noun} disable ${s.keys}`,
    rationale:
      s.rationale ??
      `${s.keys} are long-lived secrets that bypass Entra ID: no conditional access, no per-identity audit trail, and every copy must be found and rotated after a leak. Entra ID authentication with managed identities removes them.`,
    severity: s.severity ?? "medium",
    cloud: "azure",
    service: s.service,
    resourceTypes: s.resourceTypes,
    frameworks: s.frameworks,
    remediation: `Set ${s.path}: ${s.disabledWhen} and grant the callers Entra ID data-plane roles.`,
    enforcementLevel: s.enforcementLevel ?? "mandatory",
    tags: ["identity", "credentials"],
    check: (r) => {
      const value = settingAt(r.props, s.path);
      return isOff(value)
        ? pass()
        : fail(
            s.path,
            `${s.path} is ${shown(value, `unset (${s.keys} ${s.unsetDisabled ? "disabled" : "enabled"})`)}; set it to ${s.disabledWhen} and use Entra ID`,
          );
    },
    preventive: s.policy
      ? [
          azurePolicy({
            name: `palisade-${s.id.replace(/^azure-/, "")}`,
            displayName: `${s.noun} must disable ${s.keys}`,
            description: `Denies ${s.noun.toLowerCase()} that accept ${s.keys} (Palisade control ${s.id}).`,
            nonCompliantWhen: {
              allOf: [
                { field: "type", equals: s.policy.armType },
                s.unsetDisabled
                  ? { field: s.policy.alias, equals: String(!s.disabledWhen) }
                  : { field: s.policy.alias, notEquals: String(s.disabledWhen) },
              ],
            },
            scope: s.policy.scope ?? "root",
          }),
        ]
      : undefined,
    examples: examplesOf(s, [s.disabledWhen], [!s.disabledWhen], !s.unsetDisabled),
  };
}

/**
 * The minimum TLS version is 1.2 or newer. `accepted` and `weak` are the service's own spellings. Absent,
 * each service this family covers applies 1.2 now (TLS 1.0/1.1 were retired), so only an explicit weak
 * value fails.
 */
export function minimumTlsControl(s: ServiceSetting & { accepted: readonly string[]; weak: readonly string[] }): ControlDefinition {
  return {
    id: s.id,
    title: `${s.noun} require TLS 1.2 or newer`,
    rationale:
      s.rationale ??
      "TLS 1.0 and 1.1 have known weaknesses (BEAST, weak cipher suites, SHA-1 handshakes) and fail PCI DSS; a client that can negotiate them can be downgraded.",
    severity: s.severity ?? "medium",
    cloud: "azure",
    service: s.service,
    resourceTypes: s.resourceTypes,
    frameworks: s.frameworks,
    remediation: `Set ${s.path}: ${JSON.stringify(s.accepted[0])} (or leave it unset: the service default is 1.2).`,
    enforcementLevel: s.enforcementLevel ?? "mandatory",
    tags: ["encryption-in-transit"],
    check: (r) => {
      const value = settingAt(r.props, s.path);
      if (value === undefined || value === null) return pass();
      return s.accepted.some((a) => same(value, a))
        ? pass()
        : fail(s.path, `${s.path} is ${shown(value)}; set it to ${JSON.stringify(s.accepted[0])}`);
    },
    preventive: s.policy
      ? [
          azurePolicy({
            name: `palisade-${s.id.replace(/^azure-/, "")}`,
            displayName: `${s.noun} must require TLS 1.2 or newer`,
            description: `Denies ${s.noun.toLowerCase()} whose minimum TLS version is below 1.2 (Palisade control ${s.id}).`,
            nonCompliantWhen: {
              allOf: [
                { field: "type", equals: s.policy.armType },
                { field: s.policy.alias, in: [...s.weak] },
              ],
            },
            scope: s.policy.scope ?? "root",
          }),
        ]
      : undefined,
    examples: examplesOf(s, s.accepted, s.weak, false),
  };
}

/** Framework rows every family control shares; each file adds its benchmark ids. */
export const NETWORK_EXPOSURE: FrameworkMappings = {
  "nist-800-53-r5": ["AC-4", "SC-7", "SC-7(3)"],
  soc2: ["CC6.6"],
  "iso27001-2022": ["A.8.20", "A.8.22"],
  "pci-dss-4.0": ["1.3.1", "1.4.1"],
  hipaa: ["164.312(e)(1)"],
};

export const LOCAL_AUTH: FrameworkMappings = {
  "nist-800-53-r5": ["IA-2", "IA-5", "AC-2"],
  soc2: ["CC6.1"],
  "iso27001-2022": ["A.5.17", "A.8.5"],
  "pci-dss-4.0": ["8.2.2", "8.6.3"],
  hipaa: ["164.312(d)"],
};

export const TLS_IN_TRANSIT: FrameworkMappings = {
  "nist-800-53-r5": ["SC-8", "SC-8(1)", "SC-13"],
  soc2: ["CC6.7"],
  "iso27001-2022": ["A.8.24"],
  "pci-dss-4.0": ["4.2.1"],
  hipaa: ["164.312(e)(1)", "164.312(e)(2)(ii)"],
};

/**
 * A control that decides one setting against the value it should have: `ok` decides a present value,
 * `unset` says what the service does when it is absent (and so whether absence passes).
 */
export function settingControl(
  s: ServiceSetting & {
    title: string;
    rationale: string;
    remediation: string;
    tags: readonly string[];
    ok: (value: unknown) => boolean;
    unset: { passes: boolean; meaning: string };
    want: string;
    good: readonly unknown[];
    bad: readonly unknown[];
    // biome-ignore lint/suspicious/noExplicitAny: Azure Policy rule language
    nonCompliantWhen?: Record<string, any>;
  },
): ControlDefinition {
  return {
    id: s.id,
    title: s.title,
    rationale: s.rationale,
    severity: s.severity ?? "medium",
    cloud: "azure",
    service: s.service,
    resourceTypes: s.resourceTypes,
    frameworks: s.frameworks,
    remediation: s.remediation,
    enforcementLevel: s.enforcementLevel ?? "mandatory",
    tags: s.tags,
    check: (r) => {
      const value = settingAt(r.props, s.path);
      if (value === undefined || value === null) {
        return s.unset.passes ? pass() : fail(s.path, `${s.path} is unset (${s.unset.meaning}); ${s.want}`);
      }
      return s.ok(value) ? pass() : fail(s.path, `${s.path} is ${shown(value)}; ${s.want}`);
    },
    preventive:
      s.policy && s.nonCompliantWhen
        ? [
            azurePolicy({
              name: `palisade-${s.id.replace(/^azure-/, "")}`,
              displayName: s.title.replace(/^(\S+ ?\S*) (keep|disable|enable|require|deny|use|allow)/i, "$1 must $2"),
              description: `${s.title} (Palisade control ${s.id}).`,
              nonCompliantWhen: { allOf: [{ field: "type", equals: s.policy.armType }, s.nonCompliantWhen] },
              scope: s.policy.scope ?? "root",
            }),
          ]
        : undefined,
    examples: examplesOf(s, s.good, s.bad, !s.unset.passes),
  };
}
