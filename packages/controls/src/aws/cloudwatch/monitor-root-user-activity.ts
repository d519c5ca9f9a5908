import { defineControl } from "../../model/control";
import { cisMonitoring, monitoringControl } from "./cis-monitoring";

export const cloudwatchMonitorRootUserActivity = defineControl(monitoringControl(cisMonitoring("root-user-activity")));
