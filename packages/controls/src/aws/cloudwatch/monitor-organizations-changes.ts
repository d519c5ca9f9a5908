import { defineControl } from "../../model/control";
import { cisMonitoring, monitoringControl } from "./cis-monitoring";

export const cloudwatchMonitorOrganizationsChanges = defineControl(monitoringControl(cisMonitoring("organizations-changes")));
