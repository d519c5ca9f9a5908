import { defineControl } from "../../model/control";
import { activityAlertControl, cisActivityAlert } from "./activity-log-alerts";

export const monitorAlertWritePublicIp = defineControl(activityAlertControl(cisActivityAlert("write-public-ip")));
