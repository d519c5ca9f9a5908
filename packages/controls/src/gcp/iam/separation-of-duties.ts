/** Shared by the separation-of-duties controls (IAM and KMS): a member holding roles from both sides at one scope. */
import type { StackResource } from "../../model/control";
import type { StackView } from "../../model/stack-view";
import { peek } from "../../model/unknowns";
import { cannotEvaluate, failAll, pass, type Verdict } from "../../model/verdict";
import { grantsOf, parseMember, RESOURCE_MANAGER_IAM_TYPES } from "../../shared/gcp";

const SCOPE_KEYS = ["project", "folder", "orgId"];

function scopeOf(r: StackResource): { known: boolean; value: string } {
  for (const key of SCOPE_KEYS) {
    const v = peek(r.props, key);
    if (!v.known) return { known: false, value: "" };
    if (typeof v.value === "string" && v.value !== "") return { known: true, value: `${key}:${v.value}` };
  }
  // No scope set: the provider's default project.
  return { known: true, value: "project:(provider default)" };
}

export function separationOfDuties(
  stack: StackView,
  sideA: readonly string[],
  sideB: readonly string[],
  describe: string,
): Verdict & { subjectUrn?: string } {
  // By member first; scopes are only compared for members holding both sides.
  type Held = { r: StackResource; role: string };
  const byMember = new Map<string, { a: Held[]; b: Held[] }>();
  for (const r of stack.ofType(RESOURCE_MANAGER_IAM_TYPES)) {
    for (const g of grantsOf(r, (role) => sideA.includes(role) || sideB.includes(role))) {
      // Only people: service accounts are covered by the no-admin-roles control.
      if (!["user", "group"].includes(parseMember(g.member).kind)) continue;
      const inA = sideA.includes(g.role);
      const inB = sideB.includes(g.role);
      if (!inA && !inB) continue;
      const entry = byMember.get(g.member) ?? { a: [], b: [] };
      if (inA) entry.a.push({ r, role: g.role });
      if (inB) entry.b.push({ r, role: g.role });
      byMember.set(g.member, entry);
    }
  }
  const violations = [];
  let undecided: StackResource | undefined;
  let subjectUrn: string | undefined;
  for (const [member, e] of byMember) {
    for (const a of e.a) {
      for (const b of e.b) {
        const sa = scopeOf(a.r);
        const sb = scopeOf(b.r);
        if (!sa.known || !sb.known) {
          undecided ??= b.r;
          continue;
        }
        if (sa.value !== sb.value) continue;
        subjectUrn ??= b.r.urn;
        violations.push({
          property: `${b.r.name}.role`,
          message: `${member} holds both ${a.role} (${a.r.name}) and ${b.role} (${b.r.name}) on ${sa.value}; ${describe}`,
        });
      }
    }
  }
  if (violations.length > 0) return { ...failAll(violations), subjectUrn };
  if (undecided)
    return { ...cannotEvaluate(`${undecided.name}.project`, `the scope of ${undecided.name} is unknown`), subjectUrn: undecided.urn };
  return pass();
}
