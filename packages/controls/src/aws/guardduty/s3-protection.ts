import { defineControl } from "../../model/control";
import { protectionPlanControl } from "./detector-features";

export const guarddutyS3Protection = defineControl(
  protectionPlanControl({
    feature: "S3_DATA_EVENTS",
    key: "s3-protection",
    what: "S3 Protection",
    rationale:
      "S3 Protection analyses object-level data events for exfiltration, unusual deletes and access from known-bad addresses; without it bucket abuse goes undetected.",
    frameworks: {
      "aws-fsbp": ["GuardDuty.10"],
      "nist-800-53-r5": ["SI-4", "SI-4(4)(b)"],
      soc2: ["CC7.2"],
      "iso27001-2022": ["A.8.16"],
      "pci-dss-4.0": ["11.5.1"],
    },
    legacy: (ds) => (ds as { s3Logs?: { enable?: unknown } } | undefined)?.s3Logs?.enable,
  }),
);
