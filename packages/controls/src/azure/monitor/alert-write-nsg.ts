import { defineControl } from "../../model/control";
import { activityAlertControl, cisActivityAlert } from "./activity-log-alerts";

export const monitorAlertWriteNsg = defineControl(activityAlertControl(cisActivityAlert("write-nsg")));
