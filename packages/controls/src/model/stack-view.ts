import type { StackResource } from "./control";
import { peek } from "./unknowns";

/**
 * The stack as a correlated or stack check sees it, with lookups that work both at preview (where ids
 * are unknown and relations are known only through `propertyDependencies`) and in exported state (where
 * ids are known).
 */
export class StackView {
  private readonly byUrn = new Map<string, StackResource>();
  private readonly position = new Map<StackResource, number>();
  private readonly byType = new Map<string, StackResource[]>();
  /** Per (types, property): which resources point at a URN through propertyDependencies, or at a known value. */
  private readonly referenceIndexes = new Map<string, ReferenceIndex>();

  constructor(readonly resources: readonly StackResource[]) {
    for (const [i, r] of resources.entries()) {
      this.position.set(r, i);
      this.byUrn.set(r.urn, r);
      const list = this.byType.get(r.type) ?? [];
      list.push(r);
      this.byType.set(r.type, list);
    }
  }

  get(urn: string): StackResource | undefined {
    return this.byUrn.get(urn);
  }

  ofType(types: readonly string[]): StackResource[] {
    if (types.length === 1) return this.byType.get(types[0]) ?? [];
    return this.resources.filter((r) => types.includes(r.type));
  }

  /** Built once per stack and relation, so correlating n subjects stays linear in the stack size. */
  private referenceIndex(types: readonly string[], property: string) {
    const key = `${types.join(",")}#${property}`;
    let index = this.referenceIndexes.get(key);
    if (!index) {
      index = { byUrn: new Map(), byValue: new Map(), unlinkedUnknown: [], unlinkedKnown: [] };
      for (const r of this.ofType(types)) {
        const deps = r.propertyDependencies[property] ?? [];
        for (const d of deps) push(index.byUrn, d.urn, r);
        const v = peek(r.props, property);
        if (v.known && v.value !== undefined && v.value !== null && typeof v.value !== "object") push(index.byValue, v.value, r);
        if (deps.length === 0 && !v.known) index.unlinkedUnknown.push(r);
        if (deps.length === 0 && v.known && v.value !== undefined) index.unlinkedKnown.push(r);
      }
      this.referenceIndexes.set(key, index);
    }
    return index;
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
    const index = this.referenceIndex(types, property);
    const found = new Set<StackResource>(index.byUrn.get(subject.urn) ?? []);
    for (const key of subjectKeys) {
      const v = peek(subject.props, key);
      if (v.known && typeof v.value === "string" && v.value !== "") for (const r of index.byValue.get(v.value) ?? []) found.add(r);
    }
    // Keep the stack's order, so results do not depend on which identifier matched first.
    return [...found].sort((a, b) => (this.position.get(a) ?? 0) - (this.position.get(b) ?? 0));
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
    const index = this.referenceIndex(types, property);
    const candidates = subjectUnidentified ? [...index.unlinkedUnknown, ...index.unlinkedKnown] : index.unlinkedUnknown;
    const undecided = candidates.filter((r) => !found.includes(r));
    return { found, undecided };
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

interface ReferenceIndex {
  byUrn: Map<string, StackResource[]>;
  byValue: Map<unknown, StackResource[]>;
  /** No dependency links them and the reference is unknown: they may point at any subject. */
  unlinkedUnknown: StackResource[];
  /** No dependency links them and the reference is a known value. */
  unlinkedKnown: StackResource[];
}
