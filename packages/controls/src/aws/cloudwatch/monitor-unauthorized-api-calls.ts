import { defineControl } from "../../model/control";
import { cisMonitoring, monitoringControl } from "./cis-monitoring";

export const cloudwatchMonitorUnauthorizedApiCalls = defineControl(monitoringControl(cisMonitoring("unauthorized-api-calls")));
