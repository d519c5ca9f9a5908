import { defineControl } from "../../model/control";
import { peek, UNKNOWN } from "../../model/unknowns";
import { cannotEvaluate, fail, pass } from "../../model/verdict";

const STATUS_TYPES = ["aws:cfg/recorderStatus:RecorderStatus"];

/**
 * A configuration recorder records nothing until an aws.cfg.RecorderStatus with isEnabled: true starts
 * it. The status names its recorder through `name` (propertyDependencies at preview, the literal name in
 * state; an unnamed recorder is called "default").
 */
export const configRecorderEnabled = defineControl({
  id: "aws-config-recorder-enabled",
  title: "AWS Config recorders are started",
  rationale: "A recorder that was never started, or was stopped, leaves no configuration history and no Config rule evaluations.",
  severity: "medium",
  cloud: "aws",
  service: "config",
  resourceTypes: ["aws:cfg/recorder:Recorder"],
  frameworks: {
    "cis-aws-7.0": ["4.3"],
    "cis-aws-3.0": ["3.3"],
    "aws-fsbp": ["Config.1"],
    "nist-800-53-r5": ["CM-8(a)", "CA-7", "AU-12"],
    soc2: ["CC7.1"],
    "iso27001-2022": ["A.5.9", "A.8.9"],
    "pci-dss-4.0": ["10.2.1"],
  },
  remediation: "Add an aws.cfg.RecorderStatus with name: recorder.name and isEnabled: true (depending on the delivery channel).",
  enforcementLevel: "mandatory",
  tags: ["logging", "inventory"],
  correlatedCheck: (recorder, stack) => {
    let { found, undecided } = stack.referencingOrUnknown(recorder, STATUS_TYPES, "name", ["name", "id"]);
    const name = peek(recorder.props, "name");
    if (found.length === 0 && name.known && name.value === undefined) {
      found = stack.ofType(STATUS_TYPES).filter((s) => {
        const n = peek(s.props, "name");
        return n.known && n.value === "default";
      });
      if (found.length > 0) undecided = [];
    }
    if (found.length > 0) {
      return found.some((s) => s.props.isEnabled === true)
        ? pass()
        : fail("isEnabled", `${found[0].name}.isEnabled is ${JSON.stringify(found[0].props.isEnabled ?? false)}; set it to true`);
    }
    if (undecided.length > 0) return cannotEvaluate("name", `${undecided[0].name}.name is unknown and may refer to this recorder`);
    return fail("RecorderStatus", `recorder ${recorder.name} has no aws.cfg.RecorderStatus; add one with isEnabled: true`);
  },
  examples: {
    compliant: [
      [
        { type: "aws:cfg/recorder:Recorder", name: "rec", props: { roleArn: UNKNOWN } },
        {
          type: "aws:cfg/recorderStatus:RecorderStatus",
          name: "rec-status",
          props: { name: UNKNOWN, isEnabled: true },
          refs: { name: ["rec"] },
        },
      ],
      [
        { type: "aws:cfg/recorder:Recorder", name: "state", props: { id: "main", name: "main" } },
        { type: "aws:cfg/recorderStatus:RecorderStatus", name: "state-status", props: { name: "main", isEnabled: true } },
      ],
    ],
    nonCompliant: [
      [{ type: "aws:cfg/recorder:Recorder", name: "lonely", props: { name: "lonely" } }],
      [
        { type: "aws:cfg/recorder:Recorder", name: "stopped", props: { roleArn: UNKNOWN } },
        {
          type: "aws:cfg/recorderStatus:RecorderStatus",
          name: "stopped-status",
          props: { name: UNKNOWN, isEnabled: false },
          refs: { name: ["stopped"] },
        },
      ],
    ],
  },
});
