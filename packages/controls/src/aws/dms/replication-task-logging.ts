import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { objectsOf } from "../../shared/network";
import { str } from "../../shared/text";

/** DMS.8 (source) and DMS.7 (target) components; unlisted components log at the default severity. */
const COMPONENTS = ["SOURCE_CAPTURE", "SOURCE_UNLOAD", "TARGET_APPLY", "TARGET_LOAD"];
/** Severities below LOGGER_SEVERITY_DEFAULT. */
const QUIET = new Set(["LOGGER_SEVERITY_ERROR", "LOGGER_SEVERITY_WARNING"]);

export const dmsReplicationTaskLogging = defineControl({
  id: "aws-dms-replication-task-logging",
  title: "DMS replication tasks log source and target activity",
  rationale:
    "Without task logging a failed or tampered migration leaves no record of what was read from the source or applied to the target.",
  severity: "medium",
  cloud: "aws",
  service: "dms",
  resourceTypes: ["aws:dms/replicationTask:ReplicationTask"],
  frameworks: {
    "aws-fsbp": ["DMS.7", "DMS.8"],
    "nist-800-53-r5": ["AU-2", "AU-3", "AU-12"],
    soc2: ["CC7.2"],
    "iso27001-2022": ["A.8.15"],
    "pci-dss-4.0": ["10.2.1"],
    hipaa: ["164.312(b)"],
  },
  remediation:
    "In replicationTaskSettings set Logging.EnableLogging: true and keep SOURCE_CAPTURE, SOURCE_UNLOAD, TARGET_APPLY and TARGET_LOAD at LOGGER_SEVERITY_DEFAULT or more verbose.",
  enforcementLevel: "advisory",
  tags: ["logging", "database"],
  check: (r) => {
    const raw = r.props.replicationTaskSettings;
    if (raw === undefined || raw === null || str(raw).trim() === "") {
      return fail(
        "replicationTaskSettings",
        "replicationTaskSettings is not set, so task logging is off; set Logging.EnableLogging to true",
      );
    }
    let settings: unknown;
    try {
      settings = JSON.parse(str(raw));
    } catch {
      return fail("replicationTaskSettings", "replicationTaskSettings is not valid JSON");
    }
    // biome-ignore lint/suspicious/noExplicitAny: DMS task settings document
    const logging = (settings as any)?.Logging;
    if (logging?.EnableLogging !== true) {
      return fail("replicationTaskSettings.Logging.EnableLogging", "Logging.EnableLogging is not true; enable task logging");
    }
    const quiet = objectsOf(logging.LogComponents)
      .filter((c) => COMPONENTS.includes(str(c.Id)) && QUIET.has(str(c.Severity)))
      .map((c) => `${str(c.Id)} at ${str(c.Severity)}`);
    if (quiet.length > 0) {
      return fail(
        "replicationTaskSettings.Logging.LogComponents",
        `${quiet.join(", ")}; log these components at LOGGER_SEVERITY_DEFAULT or more`,
      );
    }
    return pass();
  },
  examples: {
    compliant: [
      [
        {
          type: "aws:dms/replicationTask:ReplicationTask",
          props: {
            migrationType: "full-load-and-cdc",
            replicationTaskId: "t",
            tableMappings: "{}",
            replicationTaskSettings:
              '{"Logging":{"EnableLogging":true,"LogComponents":[{"Id":"SOURCE_CAPTURE","Severity":"LOGGER_SEVERITY_DEFAULT"},{"Id":"TARGET_APPLY","Severity":"LOGGER_SEVERITY_DEBUG"}]}}',
          },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "aws:dms/replicationTask:ReplicationTask",
          props: { migrationType: "full-load", replicationTaskId: "t", tableMappings: "{}" },
        },
      ],
      [
        {
          type: "aws:dms/replicationTask:ReplicationTask",
          props: {
            migrationType: "full-load",
            replicationTaskId: "t",
            tableMappings: "{}",
            replicationTaskSettings: '{"Logging":{"EnableLogging":false}}',
          },
        },
      ],
      [
        {
          type: "aws:dms/replicationTask:ReplicationTask",
          props: {
            migrationType: "cdc",
            replicationTaskId: "t",
            tableMappings: "{}",
            replicationTaskSettings:
              '{"Logging":{"EnableLogging":true,"LogComponents":[{"Id":"TARGET_APPLY","Severity":"LOGGER_SEVERITY_ERROR"}]}}',
          },
        },
      ],
    ],
  },
});
