import { defineControl } from "../../model/control";
import { cisMonitoring, monitoringControl } from "./cis-monitoring";

export const cloudwatchMonitorNetworkGatewayChanges = defineControl(monitoringControl(cisMonitoring("network-gateway-changes")));
