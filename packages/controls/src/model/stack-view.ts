import type { StackResource } from "./control";
import { peek } from "./unknowns";

/**
 * The stack as a correlated or stack check sees it, with lookups that work both at preview (where ids
 * are unknown and relations are known only through `propertyDependencies`) and in exported state (where
 * ids are known).
 */
export class StackView {
  private readonly byUrn = new Map<string, StackResource>();

  constructor(readonly resources: readonly StackResource[]) {
    for (const r of resources) this.byUrn.set(r.urn, r);
  }

  get(urn: string): StackResource | undefined {
    return this.byUrn.get(urn);
  }

  ofType(types: readonly string[]): StackResource[] {
    return this.resources.filter((r) => types.includes(r.type));
  }

  /**
   * Resources of `types` whose `property` refers to `subject`: through `propertyDependencies` (preview and
   * recent state), or because the property's known value equals one of the subject's known identifiers
   * (`id`, or the properties named in `subjectKeys`, e.g. a bucket's `bucket` name or a key's `arn`).
   */
  referencing(
    subject: StackResource,
    types: readonly string[],
    property: string,
    subjectKeys: readonly string[] = ["id"],
  ): StackResource[] {
    const identifiers = new Set<unknown>();
    for (const key of subjectKeys) {
      const v = peek(subject.props, key);
      if (v.known && typeof v.value === "string" && v.value !== "") identifiers.add(v.value);
    }
    return this.ofType(types).filter((r) => {
      const deps = r.propertyDependencies[property];
      if (deps?.some((d) => d.urn === subject.urn)) return true;
      const v = peek(r.props, property);
      return v.known && identifiers.has(v.value);
    });
  }

  /**
   * Like `referencing`, but also says whether some candidate's reference is unknown and unrelated by
   * dependencies, in which case the answer "nothing refers to the subject" cannot be trusted at preview.
   */
  referencingOrUnknown(
    subject: StackResource,
    types: readonly string[],
    property: string,
    subjectKeys: readonly string[] = ["id"],
  ): { found: StackResource[]; undecided: StackResource[] } {
    const found = this.referencing(subject, types, property, subjectKeys);
    // When the subject's identifiers are unknown, a literal reference elsewhere may still be to it.
    const ids = subjectKeys.map((k) => peek(subject.props, k));
    const subjectUnidentified = ids.some((p) => !p.known) && !ids.some((p) => p.known && p.value !== undefined);
    const undecided = this.ofType(types).filter((r) => {
      if (found.includes(r) || r.propertyDependencies[property]?.length) return false;
      const ref = peek(r.props, property);
      return !ref.known || (subjectUnidentified && ref.value !== undefined);
    });
    return { found, undecided };
  }
}
