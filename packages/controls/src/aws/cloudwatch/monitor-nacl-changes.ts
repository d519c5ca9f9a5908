import { defineControl } from "../../model/control";
import { cisMonitoring, monitoringControl } from "./cis-monitoring";

export const cloudwatchMonitorNaclChanges = defineControl(monitoringControl(cisMonitoring("nacl-changes")));
