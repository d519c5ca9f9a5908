import { defineControl, type StackResource } from "../../model/control";
import { isUnknownValue, peek } from "../../model/unknowns";
import { cannotEvaluate, failAll, notApplicable, type Violation } from "../../model/verdict";
import { durationSeconds } from "../../shared/gcp";
import { num } from "../../shared/text";

const SINKS = [
  "gcp:logging/organizationSink:OrganizationSink",
  "gcp:logging/folderSink:FolderSink",
  "gcp:logging/projectSink:ProjectSink",
  "gcp:logging/billingAccountSink:BillingAccountSink",
];

export const storageLogBucketRetentionLock = defineControl({
  id: "gcp-storage-log-bucket-retention-lock",
  title: "Cloud Storage buckets that receive exported logs have a locked retention policy",
  rationale:
    "A locked retention policy (Bucket Lock) stops anyone, including an attacker with owner rights, from deleting or shortening the log record.",
  severity: "high",
  cloud: "gcp",
  service: "storage",
  resourceTypes: ["gcp:storage/bucket:Bucket"],
  frameworks: {
    "cis-gcp-5.0": ["2.4"],
    "cis-gcp-3.0": ["2.3"],
    "nist-800-53-r5": ["AU-9", "AU-9(2)", "AU-11"],
    soc2: ["CC7.2", "CC4.2"],
    "iso27001-2022": ["A.8.15", "A.5.28"],
    "pci-dss-4.0": ["10.5.1", "10.3.3"],
    hipaa: ["164.312(b)", "164.312(c)(1)"],
  },
  remediation: "Set retentionPolicy { retentionPeriod: <seconds, at least minimumRetentionDays>, isLocked: true } on the log bucket.",
  enforcementLevel: "mandatory",
  tags: ["logging", "immutability"],
  configSchema: {
    minimumRetentionDays: {
      type: "integer",
      minimum: 1,
      default: 365,
      description: "Shortest retention accepted for log buckets, in days.",
    },
  },
  correlatedCheck: (bucket, stack, ctx) => {
    // A log bucket is a sink's destination: "storage.googleapis.com/<bucket name>".
    const sinks: StackResource[] = [];
    const undecided: StackResource[] = [];
    let name: string | undefined;
    for (const sink of stack.ofType(SINKS)) {
      if ((sink.propertyDependencies.destination ?? []).some((d) => d.urn === bucket.urn)) {
        sinks.push(sink);
        continue;
      }
      const dest = peek(sink.props, "destination");
      if (!dest.known || isUnknownValue(dest.value)) {
        undecided.push(sink);
        continue;
      }
      if (typeof dest.value !== "string" || !dest.value.startsWith("storage.googleapis.com/")) continue;
      if (name === undefined) {
        const n = peek(bucket.props, "name");
        name = n.known && typeof n.value === "string" ? n.value : "";
      }
      if (name !== "" && dest.value === `storage.googleapis.com/${name}`) sinks.push(sink);
    }
    if (sinks.length === 0) {
      return undecided.length > 0
        ? cannotEvaluate(`${undecided[0].name}.destination`, `the destination of ${undecided[0].name} is unknown and may be this bucket`)
        : notApplicable("no log sink exports to this bucket");
    }
    const minDays = num(ctx.settings.minimumRetentionDays ?? 365);
    const policy = bucket.props.retentionPolicy;
    const violations: Violation[] = [];
    if (!policy || typeof policy !== "object") {
      violations.push({
        property: "retentionPolicy",
        message: `receives logs from ${sinks[0].name} but has no retention policy; set a locked retentionPolicy of at least ${minDays} days`,
      });
    } else {
      const seconds = durationSeconds(policy.retentionPeriod);
      if (seconds === undefined || seconds < minDays * 86400) {
        violations.push({
          property: "retentionPolicy.retentionPeriod",
          message: `retentionPeriod ${JSON.stringify(policy.retentionPeriod)} is shorter than ${minDays} days (${minDays * 86400}s); lengthen it`,
        });
      }
      if (policy.isLocked !== true)
        violations.push({ property: "retentionPolicy.isLocked", message: "the retention policy is not locked; set isLocked: true" });
    }
    return failAll(violations);
  },
  examples: {
    compliant: [
      [
        {
          type: "gcp:storage/bucket:Bucket",
          name: "audit-logs",
          props: { name: "acme-audit-logs", location: "EU", retentionPolicy: { retentionPeriod: "31536000", isLocked: true } },
        },
        {
          type: "gcp:logging/organizationSink:OrganizationSink",
          name: "org-sink",
          props: { orgId: "123", includeChildren: true, destination: "04da6b54-80e4-46f7-96ec-b56ff0331ba9" },
          refs: { destination: ["audit-logs"] },
        },
      ],
    ],
    nonCompliant: [
      [
        { type: "gcp:storage/bucket:Bucket", name: "audit-logs", props: { name: "acme-audit-logs", location: "EU" } },
        { type: "gcp:logging/projectSink:ProjectSink", name: "sink", props: { destination: "storage.googleapis.com/acme-audit-logs" } },
      ],
      [
        {
          type: "gcp:storage/bucket:Bucket",
          name: "audit-logs",
          props: { name: "acme-audit-logs", location: "EU", retentionPolicy: { retentionPeriod: "86400", isLocked: false } },
        },
        {
          type: "gcp:logging/folderSink:FolderSink",
          name: "sink",
          props: { folder: "folders/1", destination: "04da6b54-80e4-46f7-96ec-b56ff0331ba9" },
          refs: { destination: ["audit-logs"] },
        },
      ],
    ],
  },
});
