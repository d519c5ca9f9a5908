import { defineControl } from "../../model/control";
import { cisMonitoring, monitoringControl } from "./cis-monitoring";

export const cloudwatchMonitorIamPolicyChanges = defineControl(monitoringControl(cisMonitoring("iam-policy-changes")));
