import { defineControl } from "../../model/control";
import { activityAlertControl, cisActivityAlert } from "./activity-log-alerts";

export const monitorAlertWriteSqlFirewallRule = defineControl(activityAlertControl(cisActivityAlert("write-sql-firewall-rule")));
