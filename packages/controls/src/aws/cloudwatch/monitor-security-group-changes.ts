import { defineControl } from "../../model/control";
import { cisMonitoring, monitoringControl } from "./cis-monitoring";

export const cloudwatchMonitorSecurityGroupChanges = defineControl(monitoringControl(cisMonitoring("security-group-changes")));
