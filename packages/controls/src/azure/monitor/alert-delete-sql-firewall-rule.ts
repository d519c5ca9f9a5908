import { defineControl } from "../../model/control";
import { activityAlertControl, cisActivityAlert } from "./activity-log-alerts";

export const monitorAlertDeleteSqlFirewallRule = defineControl(activityAlertControl(cisActivityAlert("delete-sql-firewall-rule")));
