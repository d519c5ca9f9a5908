import { defineControl } from "../../model/control";
import { cisMonitoring, monitoringControl } from "./cis-monitoring";

export const cloudwatchMonitorRouteTableChanges = defineControl(monitoringControl(cisMonitoring("route-table-changes")));
