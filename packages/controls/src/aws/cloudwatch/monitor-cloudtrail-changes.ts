import { defineControl } from "../../model/control";
import { cisMonitoring, monitoringControl } from "./cis-monitoring";

export const cloudwatchMonitorCloudtrailChanges = defineControl(monitoringControl(cisMonitoring("cloudtrail-changes")));
