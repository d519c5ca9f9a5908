/**
 * The allow-all firewall family: Azure data services take IP allow rules in two shapes, a start–end range
 * (SQL, Synapse, PostgreSQL and MySQL flexible servers, Redis) or a list of addresses/CIDRs (Cosmos DB,
 * storage, Key Vault, Container Registry). One reading of both shapes decides whether a rule admits the
 * whole internet or every Azure tenant's services, so each service's control states only where its rules live.
 */
import type { ResourceCheck } from "../model/control";
import type { Violation } from "../model/verdict";
import { failAll } from "../model/verdict";
import { objectsOf } from "./network";
import { num } from "./text";

function ipv4(text: string): number | undefined {
  const parts = text.trim().split(".");
  if (parts.length !== 4) return undefined;
  let n = 0;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || num(p) > 255) return undefined;
    n = n * 256 + num(p);
  }
  return n;
}

/** Addresses in an IPv4 range wider than this are "the internet" for practical purposes (a /1). */
const HALF_THE_INTERNET = 2 ** 31;

/**
 * Why a start–end rule is an allow-all rule, or undefined when it is not. 0.0.0.0–0.0.0.0 is Azure's
 * "allow Azure services" switch, which admits every tenant's Azure resources; a range starting at 0.0.0.0,
 * ending at 255.255.255.255 or spanning half the address space admits the internet.
 */
export function allowAllRange(start: unknown, end: unknown): string | undefined {
  if (typeof start !== "string") return undefined;
  const s = ipv4(start);
  const e = typeof end === "string" ? ipv4(end) : s;
  if (s === undefined || e === undefined) return undefined;
  if (s === 0 && e === 0) return "admits every Azure service of every tenant (the 0.0.0.0 'Allow Azure services' rule)";
  if (s === 0 || e === 2 ** 32 - 1 || e - s + 1 >= HALF_THE_INTERNET)
    return `admits ${e - s + 1 >= HALF_THE_INTERNET ? "the whole internet" : "a public range reaching an end of the address space"}`;
  return undefined;
}

/** Why an address or CIDR in an allow list is an allow-all entry, or undefined. */
export function allowAllCidr(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const [addr, bits] = value.trim().split("/");
  const a = ipv4(addr);
  if (a === undefined) return undefined;
  if (bits === undefined) return a === 0 ? "admits every Azure service of every tenant (the 0.0.0.0 entry)" : undefined;
  const prefix = num(bits);
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > 32) return undefined;
  return prefix <= 1 ? "admits the whole internet" : undefined;
}

/** A firewall-rule resource with start/end properties (names differ per service). */
export function rangeRuleCheck(startProp: string, endProp: string): ResourceCheck {
  return (r) => {
    const start = r.props[startProp];
    const end = r.props[endProp];
    const why = allowAllRange(start, end);
    return failAll(
      why
        ? [
            {
              property: startProp,
              message: `the rule ${JSON.stringify(start)}–${JSON.stringify(end ?? start)} ${why}; remove it and use a private endpoint or a narrow range`,
            },
          ]
        : [],
    );
  };
}

/**
 * An allow list on the resource itself: `listPath` is the dotted path of the list, `valueKey` the
 * property of each entry holding the address or CIDR.
 */
export function ipListCheck(listPath: string, valueKey: string): ResourceCheck {
  return (r) => {
    let cur: unknown = r.props;
    // Plain reads, so an unknown list (or object on the way) throws and becomes "cannot be evaluated".
    for (const key of listPath.split("."))
      cur = cur !== null && typeof cur === "object" ? (cur as Record<string, unknown>)[key] : undefined;
    const violations: Violation[] = [];
    objectsOf(cur).forEach((rule, i) => {
      const why = allowAllCidr(rule[valueKey]);
      if (why) {
        violations.push({
          property: `${listPath}[${i}].${valueKey}`,
          message: `${listPath}[${i}].${valueKey} is ${JSON.stringify(rule[valueKey])}, which ${why}; remove it and list only the networks that need access`,
        });
      }
    });
    return failAll(violations);
  };
}

/** Frameworks the family shares; each control adds its benchmark ids. */
export const ALLOW_ALL_FRAMEWORKS = {
  "nist-800-53-r5": ["AC-4", "SC-7", "SC-7(5)"],
  soc2: ["CC6.6"],
  "iso27001-2022": ["A.8.20", "A.8.22"],
  "pci-dss-4.0": ["1.3.1", "1.4.1"],
  hipaa: ["164.312(e)(1)"],
};
