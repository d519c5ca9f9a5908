import { defineControl } from "../../model/control";
import { cisMonitoring, monitoringControl } from "./cis-monitoring";

export const cloudwatchMonitorConsoleSignInWithoutMfa = defineControl(monitoringControl(cisMonitoring("console-sign-in-without-mfa")));
