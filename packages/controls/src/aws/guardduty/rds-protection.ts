import { defineControl } from "../../model/control";
import { protectionPlanControl } from "./detector-features";

export const guarddutyRdsProtection = defineControl(
  protectionPlanControl({
    feature: "RDS_LOGIN_EVENTS",
    key: "rds-protection",
    what: "RDS Protection",
    rationale:
      "RDS Protection profiles Aurora and RDS login activity and flags brute force and logins from anomalous sources against the databases.",
    frameworks: {
      "aws-fsbp": ["GuardDuty.9"],
      "nist-800-53-r5": ["SI-4", "SI-4(4)(b)"],
      soc2: ["CC7.2"],
      "iso27001-2022": ["A.8.16"],
      "pci-dss-4.0": ["11.5.1"],
    },
  }),
);
