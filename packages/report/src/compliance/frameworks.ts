import {
  allControls,
  type Cloud,
  type Control,
  coverage,
  enforcementPoints,
  FRAMEWORK_IDS,
  type FrameworkId,
  type FrameworkRequirement,
  frameworkLabel,
  loadFramework,
} from "@palisade/controls";
import type { Automation, EnforcementPoint, FrameworkCoverageFigures } from "./model";
import awsFsbp from "./not-automatable/aws-fsbp.json";
import cisAws30 from "./not-automatable/cis-aws-3.0.json";
import cisAws70 from "./not-automatable/cis-aws-7.0.json";
import cisAzure30 from "./not-automatable/cis-azure-3.0.json";
import cisAzure60 from "./not-automatable/cis-azure-6.0.json";
import cisGcp30 from "./not-automatable/cis-gcp-3.0.json";
import cisGcp50 from "./not-automatable/cis-gcp-5.0.json";
import hipaa from "./not-automatable/hipaa.json";
import iso27001 from "./not-automatable/iso27001-2022.json";
import nist from "./not-automatable/nist-800-53-r5.json";
import pciDss from "./not-automatable/pci-dss-4.0.json";
import soc2 from "./not-automatable/soc2.json";

/**
 * Why a requirement is not automated, per framework: data in `not-automatable/<framework>.json`
 * (requirement id → reason), so a compliance team edits reasons, not code. A requirement with a mapped
 * control is automated whatever its reason says; one with neither is "not covered yet".
 */
const REASONS: Record<FrameworkId, Record<string, string>> = {
  "cis-aws-7.0": cisAws70,
  "cis-aws-3.0": cisAws30,
  "cis-azure-6.0": cisAzure60,
  "cis-azure-3.0": cisAzure30,
  "cis-gcp-5.0": cisGcp50,
  "cis-gcp-3.0": cisGcp30,
  "nist-800-53-r5": nist,
  soc2,
  "iso27001-2022": iso27001,
  "pci-dss-4.0": pciDss,
  hipaa,
  "aws-fsbp": awsFsbp,
};

export function notAutomatableReasons(framework: FrameworkId): Readonly<Record<string, string>> {
  return REASONS[framework];
}

export interface RequirementAutomation {
  requirement: FrameworkRequirement;
  automation: Automation;
  enforcedAt: EnforcementPoint[];
  /** Ids of the controls mapped to the requirement, any cloud. */
  controls: string[];
  reason: string | null;
}

export interface FrameworkAutomation {
  framework: FrameworkId;
  label: string;
  name: string;
  version: string;
  cloud: Cloud | null;
  requirements: RequirementAutomation[];
  coverage: FrameworkCoverageFigures;
}

/** How Palisade covers every requirement of a framework catalogue, from the controls' mappings. */
export function frameworkAutomation(framework: FrameworkId, controls: readonly Control[] = allControls): FrameworkAutomation {
  const catalogue = loadFramework(framework);
  const cov = coverage(framework, controls);
  const reasons = REASONS[framework];
  const requirements = catalogue.requirements.map((requirement): RequirementAutomation => {
    const mapped = cov.byRequirement.get(requirement.id) ?? [];
    if (mapped.length > 0) {
      const points = new Set(mapped.flatMap((c) => enforcementPoints(c)));
      return {
        requirement,
        automation: "automated",
        enforcedAt: (["preview", "preventive", "response"] as const).filter((p) => points.has(p)),
        controls: mapped.map((c) => c.id),
        reason: null,
      };
    }
    const reason = reasons[requirement.id];
    return { requirement, automation: reason ? "manual" : "not-covered", enforcedAt: [], controls: [], reason: reason ?? null };
  });
  const count = (f: (r: RequirementAutomation) => boolean) => requirements.filter(f).length;
  return {
    framework,
    label: frameworkLabel(framework),
    name: catalogue.name,
    version: catalogue.version,
    cloud: catalogue.cloud ?? null,
    requirements,
    coverage: {
      requirements: requirements.length,
      automated: count((r) => r.automation === "automated"),
      preventive: count((r) => r.enforcedAt.includes("preventive")),
      response: count((r) => r.enforcedAt.includes("response")),
      previewOnly: count((r) => r.automation === "automated" && !r.enforcedAt.includes("preventive")),
      manual: count((r) => r.automation === "manual"),
      notCovered: count((r) => r.automation === "not-covered"),
      cisAutomated: cov.cisAutomated ?? null,
    },
  };
}

/** The frameworks that concern stacks on these clouds: each cloud's own catalogues and every cloud-neutral one. */
export function relevantFrameworks(clouds: Iterable<Cloud>, anyStack: boolean): FrameworkId[] {
  const present = new Set(clouds);
  if (!anyStack) return [];
  return FRAMEWORK_IDS.filter((id) => {
    const cloud = loadFramework(id).cloud;
    return cloud === undefined || present.has(cloud);
  });
}
