import type { StackSnapshot } from "@palisade/engine";
import { UsageError } from "./errors";

/** Identifiers quoted in messages are shortened: a hostile 1 MB URN is not echoed in full. */
export function shorten(text: string, max = 160): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} characters)`;
}

/** The type a URN names: the last `$`-separated part of its qualified type. */
function urnType(urn: string): string | undefined {
  const parts = urn.split("::");
  if (parts.length < 4 || !parts[0].startsWith("urn:pulumi:")) return undefined;
  return parts[2].split("$").pop();
}

/**
 * A resource whose `type` disagrees with its URN would be decided by one and reported under the other; a
 * state file like that was edited by hand or is corrupt. Refused, naming the file and the resource.
 */
export function checkSnapshot(snapshot: StackSnapshot): void {
  for (const r of snapshot.resources) {
    const fromUrn = urnType(r.urn);
    if (fromUrn !== undefined && fromUrn !== r.type) {
      throw new UsageError(
        `${snapshot.source.path}: resource ${JSON.stringify(shorten(r.urn))} has type ${JSON.stringify(shorten(r.type))} but its URN says ${JSON.stringify(shorten(fromUrn))}; the file is inconsistent`,
      );
    }
  }
}

const COVERED = ["aws:", "azure-native:", "gcp:", "pulumi:"];

/** What no pack looked at, said plainly: a stack of such resources is not a passing stack. */
export function notEvaluatedReasons(snapshot: StackSnapshot, packsRan: number): string[] {
  const uncovered = new Map<string, number>();
  for (const r of snapshot.resources) {
    if (COVERED.some((p) => r.type.startsWith(p))) continue;
    const provider = r.type.split(":")[0] || r.type;
    uncovered.set(provider, (uncovered.get(provider) ?? 0) + 1);
  }
  const reasons: string[] = [];
  if (packsRan === 0) reasons.push("no policy pack applies to this stack (it has no AWS, Azure or Google Cloud resources)");
  if (uncovered.size > 0) {
    const list = [...uncovered].map(([p, n]) => `${n} ${shorten(p, 40)}`).join(", ");
    reasons.push(`resources of providers no Palisade pack covers were not evaluated: ${list}`);
  }
  return reasons;
}
