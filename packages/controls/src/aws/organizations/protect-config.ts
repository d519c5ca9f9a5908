import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { exceptAutomation } from "./org-policies";

export const protectConfig = defineControl({
  id: "aws-organizations-protect-config",
  title: "AWS Config recorders keep recording and cannot be stopped or reconfigured by workloads",
  rationale:
    "AWS Config is the configuration history compliance reports and investigations rely on; a stopped or emptied recorder hides every change made while it is off.",
  severity: "high",
  cloud: "aws",
  service: "organizations",
  resourceTypes: ["aws:cfg/recorderStatus:RecorderStatus"],
  frameworks: {
    "cis-aws-7.0": ["4.3"],
    "cis-aws-3.0": ["3.3"],
    "aws-fsbp": ["Config.1"],
    "nist-800-53-r5": ["CM-2", "CM-6", "CA-7", "AU-12"],
    soc2: ["CC7.1", "CC8.1"],
    "iso27001-2022": ["A.8.9", "A.8.16"],
    "pci-dss-4.0": ["10.2.1", "11.5.2"],
    hipaa: ["164.312(b)"],
  },
  remediation:
    "Set isEnabled: true on the aws.cfg.RecorderStatus; the landing zone's SCP lets only its automation role change recorders and delivery channels.",
  enforcementLevel: "mandatory",
  tags: ["logging", "guardrail", "configuration"],
  check: (r) =>
    r.props.isEnabled === true
      ? pass()
      : fail("isEnabled", `isEnabled is ${JSON.stringify(r.props.isEnabled ?? null)}: the recorder is stopped; set it to true`),
  remediate: (r) => (r.props.isEnabled === true ? undefined : { ...r.props, isEnabled: true }),
  preventive: [
    {
      kind: "aws-scp",
      statements: (params) => [
        {
          Sid: "ProtectConfig",
          Effect: "Deny",
          Action: [
            "config:StopConfigurationRecorder",
            "config:DeleteConfigurationRecorder",
            "config:PutConfigurationRecorder",
            "config:DeleteDeliveryChannel",
            "config:PutDeliveryChannel",
            "config:DeleteRetentionConfiguration",
            "config:PutRetentionConfiguration",
            "config:DeleteConfigurationAggregator",
            "config:DeleteAggregationAuthorization",
          ],
          Resource: "*",
          Condition: exceptAutomation(params),
        },
      ],
    },
  ],
  examples: {
    compliant: [[{ type: "aws:cfg/recorderStatus:RecorderStatus", props: { name: "default", isEnabled: true } }]],
    nonCompliant: [
      [{ type: "aws:cfg/recorderStatus:RecorderStatus", props: { name: "default", isEnabled: false } }],
      [{ type: "aws:cfg/recorderStatus:RecorderStatus", props: { name: "default" } }],
    ],
  },
});
