import { defineControl } from "../../model/control";
import { cisMonitoring, monitoringControl } from "./cis-monitoring";

export const cloudwatchMonitorVpcChanges = defineControl(monitoringControl(cisMonitoring("vpc-changes")));
