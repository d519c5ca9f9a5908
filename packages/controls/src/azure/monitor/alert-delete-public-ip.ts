import { defineControl } from "../../model/control";
import { activityAlertControl, cisActivityAlert } from "./activity-log-alerts";

export const monitorAlertDeletePublicIp = defineControl(activityAlertControl(cisActivityAlert("delete-public-ip")));
