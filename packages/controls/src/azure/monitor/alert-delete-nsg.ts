import { defineControl } from "../../model/control";
import { activityAlertControl, cisActivityAlert } from "./activity-log-alerts";

export const monitorAlertDeleteNsg = defineControl(activityAlertControl(cisActivityAlert("delete-nsg")));
