import { defineControl } from "../../model/control";
import { cisMonitoring, monitoringControl } from "./cis-monitoring";

export const cloudwatchMonitorConsoleAuthenticationFailures = defineControl(
  monitoringControl(cisMonitoring("console-authentication-failures")),
);
