import type { Control } from "../model/control";
import { type Cloud, FRAMEWORK_IDS, type FrameworkId } from "../model/types";

/** One requirement of a framework, in the framework's own notation. */
export interface FrameworkRequirement {
  id: string;
  title: string;
  section?: string;
  profile?: string;
  /** CIS only: whether CIS classes the recommendation as Automated or Manual. */
  assessment?: "Automated" | "Manual";
}

export interface FrameworkCatalogue {
  id: FrameworkId;
  name: string;
  version: string;
  /** Set for cloud-specific catalogues (CIS, AWS FSBP). */
  cloud?: Cloud;
  attribution: string;
  requirements: FrameworkRequirement[];
}

const cache = new Map<FrameworkId, FrameworkCatalogue>();

export function isFrameworkId(id: string): id is FrameworkId {
  return (FRAMEWORK_IDS as readonly string[]).includes(id);
}

export function loadFramework(id: FrameworkId): FrameworkCatalogue {
  let c = cache.get(id);
  if (!c) {
    // The JSON files sit beside src/ and dist/ alike, two levels up from this file in both. A literal
    // pattern, so a bundler (the published packs) can carry the catalogues inside the bundle.
    c = require(`../../frameworks/${id}.json`) as FrameworkCatalogue;
    cache.set(id, c);
  }
  return c;
}

export function loadFrameworks(): FrameworkCatalogue[] {
  return FRAMEWORK_IDS.map(loadFramework);
}

/** The display label of a framework: "CIS Amazon Web Services Foundations Benchmark 7.0". */
export function frameworkLabel(id: FrameworkId): string {
  const c = loadFramework(id);
  return `${c.name} ${c.version}`;
}

export interface FrameworkCoverage {
  framework: FrameworkId;
  label: string;
  total: number;
  /** Requirements at least one control maps to. */
  automated: number;
  /** For CIS: how many CIS itself classes as Automated, the fair denominator for configuration checks. */
  cisAutomated?: number;
  byRequirement: Map<string, Control[]>;
}

/** Which requirements of a framework our controls automate. */
export function coverage(id: FrameworkId, controls: readonly Control[]): FrameworkCoverage {
  const cat = loadFramework(id);
  const byRequirement = new Map<string, Control[]>();
  for (const c of controls) {
    for (const req of c.frameworks[id] ?? []) {
      const list = byRequirement.get(req) ?? [];
      list.push(c);
      byRequirement.set(req, list);
    }
  }
  const automated = cat.requirements.filter((r) => byRequirement.has(r.id)).length;
  const cisAutomated = id.startsWith("cis-") ? cat.requirements.filter((r) => r.assessment === "Automated").length : undefined;
  return { framework: id, label: frameworkLabel(id), total: cat.requirements.length, automated, cisAutomated, byRequirement };
}
