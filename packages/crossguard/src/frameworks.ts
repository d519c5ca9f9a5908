import { type Control, FRAMEWORK_IDS, type FrameworkId, loadFramework } from "@palisade/controls";
import type { PolicyComplianceFramework } from "@pulumi/policy";

/** The framework shown in Pulumi Cloud's policy metadata: the control's newest CIS benchmark, else NIST. */
export function primaryFramework(control: Control): PolicyComplianceFramework | undefined {
  const order: FrameworkId[] = [...FRAMEWORK_IDS.filter((f) => f.startsWith(`cis-${control.cloud}-`)), "nist-800-53-r5", "aws-fsbp"];
  for (const fw of order) {
    const reqs = control.frameworks[fw];
    if (!reqs || reqs.length === 0) continue;
    const cat = loadFramework(fw);
    const titles = reqs.map((r) => cat.requirements.find((x) => x.id === r)?.title ?? r);
    return { name: cat.name, version: cat.version, reference: reqs.join(", "), specification: titles.join("; ") };
  }
  return undefined;
}

/** Every mapping as a tag `<framework>:<requirement>`, so Pulumi Cloud can filter by any framework. */
export function frameworkTags(control: Control): string[] {
  return Object.entries(control.frameworks).flatMap(([fw, reqs]) => (reqs ?? []).map((r) => `${fw}:${r}`));
}
