/** Shared by the GuardDuty protection-plan controls: a detector and the DetectorFeature resources naming it. */
import type { ControlDefinition } from "../../model/control";
import type { FrameworkMappings } from "../../model/types";
import { UNKNOWN } from "../../model/unknowns";
import { cannotEvaluate, fail, notApplicable, pass } from "../../model/verdict";

export const DETECTOR = "aws:guardduty/detector:Detector";
export const DETECTOR_FEATURE = "aws:guardduty/detectorFeature:DetectorFeature";

export interface ProtectionPlan {
  /** DetectorFeature name, e.g. S3_DATA_EVENTS. */
  feature: string;
  key: string;
  what: string;
  rationale: string;
  frameworks: FrameworkMappings;
  /** The deprecated detector `datasources` path that enabled the same plan, if any. */
  legacy?: (datasources: Record<string, unknown> | undefined) => unknown;
}

export function protectionPlanControl(plan: ProtectionPlan): ControlDefinition {
  return {
    id: `aws-guardduty-${plan.key}`,
    title: `GuardDuty ${plan.what} is enabled`,
    rationale: plan.rationale,
    severity: "medium",
    cloud: "aws",
    service: "guardduty",
    resourceTypes: [DETECTOR],
    frameworks: plan.frameworks,
    remediation: `Add an aws.guardduty.DetectorFeature { detectorId: detector.id, name: "${plan.feature}", status: "ENABLED" } (and an OrganizationConfigurationFeature with autoEnable "ALL" in the delegated administrator).`,
    enforcementLevel: "advisory",
    tags: ["detection"],
    correlatedCheck: (detector, stack) => {
      if (detector.props.enable === false) return notApplicable("the detector is disabled (aws-guardduty-detector-enabled reports it)");
      const { found, undecided } = stack.referencingOrUnknown(detector, [DETECTOR_FEATURE], "detectorId", ["id"]);
      const mine = found.filter((f) => f.props.name === plan.feature);
      if (mine.some((f) => f.props.status === "ENABLED")) return pass();
      if (mine.length > 0)
        return fail(
          `${mine[0].name}.status`,
          `${mine[0].name} sets ${plan.feature} to ${JSON.stringify(mine[0].props.status)}; set it to "ENABLED"`,
        );
      if (plan.legacy && plan.legacy(detector.props.datasources) === true) return pass();
      if (undecided.length > 0)
        return cannotEvaluate("detectorId", `${undecided[0].name}.detectorId is unknown and may refer to this detector`);
      return fail(
        "DetectorFeature",
        `detector ${detector.name} does not enable ${plan.feature}; add an aws.guardduty.DetectorFeature for it`,
      );
    },
    examples: {
      compliant: [
        [
          { type: DETECTOR, name: "detector", props: { enable: true } },
          {
            type: DETECTOR_FEATURE,
            name: "feature",
            props: { detectorId: UNKNOWN, name: plan.feature, status: "ENABLED" },
            refs: { detectorId: ["detector"] },
          },
        ],
      ],
      nonCompliant: [
        [{ type: DETECTOR, name: "detector", props: { enable: true } }],
        [
          { type: DETECTOR, name: "detector", props: { enable: true } },
          {
            type: DETECTOR_FEATURE,
            name: "feature",
            props: { detectorId: UNKNOWN, name: plan.feature, status: "DISABLED" },
            refs: { detectorId: ["detector"] },
          },
        ],
      ],
    },
  };
}
