import { defineControl } from "../../model/control";
import { cisMonitoring, monitoringControl } from "./cis-monitoring";

export const cloudwatchMonitorConfigChanges = defineControl(monitoringControl(cisMonitoring("config-changes")));
