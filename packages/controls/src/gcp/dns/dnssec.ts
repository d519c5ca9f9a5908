/** Shared by the DNSSEC controls. */
import type { CheckedResource } from "../../model/control";
import { failAll, notApplicable, type Verdict, type Violation } from "../../model/verdict";
import { objectsOf } from "../../shared/network";
import { str } from "../../shared/text";

export const MANAGED_ZONE = "gcp:dns/managedZone:ManagedZone";

/** Zone-signing or key-signing key specs of a public zone must not use RSASHA1. */
export function keySpecNotRsaSha1(r: CheckedResource, keyType: "keySigning" | "zoneSigning"): Verdict {
  const visibility = r.props.visibility ?? "public";
  if (str(visibility).toLowerCase() !== "public") return notApplicable("private zones are not signed");
  const dnssec = r.props.dnssecConfig;
  if (!dnssec || typeof dnssec !== "object" || dnssec.state !== "on")
    return notApplicable("DNSSEC is off (see gcp-dns-managed-zone-dnssec)");
  const violations: Violation[] = [];
  objectsOf(dnssec.defaultKeySpecs).forEach((spec, i) => {
    if (spec.keyType === keyType && str(spec.algorithm ?? "").toLowerCase() === "rsasha1") {
      violations.push({
        property: `dnssecConfig.defaultKeySpecs[${i}].algorithm`,
        message: `the ${keyType} key uses RSASHA1; use "rsasha256", "ecdsap256sha256" or stronger`,
      });
    }
  });
  return failAll(violations);
}
