import { CIS_GCP_LOG_METRICS, metricType } from "@palisade/controls";
import * as essentialcontacts from "@pulumi/gcp/essentialcontacts";
import * as kms from "@pulumi/gcp/kms";
import * as logging from "@pulumi/gcp/logging";
import * as monitoring from "@pulumi/gcp/monitoring";
import * as organizations from "@pulumi/gcp/organizations";
import * as projects from "@pulumi/gcp/projects";
import * as pulumi from "@pulumi/pulumi";
import type { LandingZoneConfig } from "../config";

const ALL_LOG_TYPES = ["ADMIN_READ", "DATA_READ", "DATA_WRITE"];

/**
 * An organisation sink of every log entry (includeChildren) into a locked, CMEK-encrypted log bucket in the
 * logging project; Data Access audit logs; the CIS section 2 log-based metrics with alert policies; and the
 * organisation's Essential Contacts.
 */
export class CentralLogging extends pulumi.ComponentResource {
  readonly bucket: logging.ProjectBucketConfig;
  readonly sink: logging.OrganizationSink;
  readonly destination: string;

  constructor(
    name: string,
    config: LandingZoneConfig,
    args: { loggingProject: organizations.Project; logKey: kms.CryptoKey; logKeyName: string },
    opts?: pulumi.ComponentResourceOptions,
  ) {
    super("palisade:gcp:CentralLogging", name, {}, opts);
    const orgId = config.organization.id;
    const projectId = config.projects.logging.id;
    const { location, bucketId } = config.logging;
    const bucketPath = `projects/${projectId}/locations/${location}/buckets/${bucketId}`;

    // The project's Cloud Logging service agent encrypts the bucket with the key (its number is known once the project exists).
    const keyGrant = new kms.CryptoKeyIAMMember(
      "log-key-logging-agent",
      {
        cryptoKeyId: args.logKey.id,
        role: "roles/cloudkms.cryptoKeyEncrypterDecrypter",
        member: pulumi.interpolate`serviceAccount:service-${args.loggingProject.number}@gcp-sa-logging.iam.gserviceaccount.com`,
      },
      { parent: this },
    );
    this.bucket = new logging.ProjectBucketConfig(
      "org-log-bucket",
      {
        project: args.loggingProject.projectId,
        location,
        bucketId,
        retentionDays: config.logging.retentionDays,
        locked: config.logging.locked,
        // The key's resource name, known before the key exists (the dependency is explicit below).
        cmekSettings: { kmsKeyName: args.logKeyName },
        description: "Palisade: every log entry of the organisation",
      },
      { parent: this, dependsOn: [keyGrant, args.logKey] },
    );
    this.destination = `logging.googleapis.com/${bucketPath}`;
    this.sink = new logging.OrganizationSink(
      "org-all-logs",
      {
        name: "palisade-all-logs",
        orgId,
        includeChildren: true,
        destination: this.destination,
        description: "Palisade: every log entry of every project",
      },
      { parent: this, dependsOn: [this.bucket] },
    );
    new projects.IAMMember(
      "org-sink-bucket-writer",
      { project: args.loggingProject.projectId, role: "roles/logging.bucketWriter", member: this.sink.writerIdentity },
      { parent: this },
    );

    for (const service of config.logging.auditLogServices) {
      new organizations.IamAuditConfig(
        `audit-${service === "allServices" ? "all-services" : service.split(".")[0]}`,
        { orgId, service, auditLogConfigs: ALL_LOG_TYPES.map((logType) => ({ logType })) },
        { parent: this },
      );
    }

    const channels = config.alerts.emails.map(
      (email, i) =>
        new monitoring.NotificationChannel(
          `alerts-email-${i}`,
          {
            project: args.loggingProject.projectId,
            type: "email",
            displayName: `Security alerts: ${email}`,
            labels: { email_address: email },
          },
          { parent: this },
        ),
    );
    for (const spec of CIS_GCP_LOG_METRICS) {
      const metricName = `cis-${spec.key}`;
      const metric = new logging.Metric(
        `metric-${spec.key}`,
        {
          project: args.loggingProject.projectId,
          name: metricName,
          description: `CIS GCP ${spec.cis5}: ${spec.what}`,
          filter: spec.filter,
          bucketName: bucketPath,
          metricDescriptor: { metricKind: "DELTA", valueType: "INT64" },
        },
        { parent: this, dependsOn: [this.bucket] },
      );
      new monitoring.AlertPolicy(
        `alert-${spec.key}`,
        {
          project: args.loggingProject.projectId,
          displayName: `CIS ${spec.cis5}: ${spec.what}`,
          combiner: "OR",
          severity: "WARNING",
          conditions: [
            {
              displayName: spec.what,
              conditionThreshold: {
                // The metric's name is known before it exists, so the alert is checkable at preview.
                filter: `metric.type="${metricType(metricName)}"`,
                comparison: "COMPARISON_GT",
                thresholdValue: 0,
                duration: "0s",
                aggregations: [{ alignmentPeriod: "60s", perSeriesAligner: "ALIGN_SUM" }],
              },
            },
          ],
          notificationChannels: channels.map((c) => c.name),
          documentation: {
            content: `A change matched the CIS GCP ${spec.cis5} filter (${spec.what}). Review it in the organisation log bucket.`,
            mimeType: "text/markdown",
          },
        },
        { parent: this, dependsOn: [metric] },
      );
    }

    for (const [i, email] of (config.essentialContacts ?? config.alerts.emails).entries()) {
      new essentialcontacts.Contact(
        `contact-${i}`,
        { parent: `organizations/${orgId}`, email, languageTag: "en", notificationCategorySubscriptions: ["ALL"] },
        { parent: this },
      );
    }
    this.registerOutputs({ destination: this.destination });
  }
}
