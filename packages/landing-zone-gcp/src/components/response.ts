import * as cloudfunctionsv2 from "@pulumi/gcp/cloudfunctionsv2";
import * as kms from "@pulumi/gcp/kms";
import * as logging from "@pulumi/gcp/logging";
import * as monitoring from "@pulumi/gcp/monitoring";
import * as organizations from "@pulumi/gcp/organizations";
import * as pubsub from "@pulumi/gcp/pubsub";
import * as securitycenter from "@pulumi/gcp/securitycenter";
import * as serviceaccount from "@pulumi/gcp/serviceaccount";
import * as storage from "@pulumi/gcp/storage";
import * as pulumi from "@pulumi/pulumi";
import type { LandingZoneConfig } from "../config";

/** The SCC finding categories the enabled runbooks answer (the notification's filter). */
export const RESPOND_SCC_FILTERS: Record<string, string> = {
  "gcp-disable-open-admin-firewall": 'category="OPEN_SSH_PORT" OR category="OPEN_RDP_PORT" OR category="OPEN_FIREWALL"',
  "gcp-remove-public-bucket-members": 'category="PUBLIC_BUCKET_ACL"',
  "gcp-remove-public-dataset-access": 'category="PUBLIC_DATASET"',
  "gcp-isolate-compromised-instance": 'finding_class="THREAT" AND resource.type="google.compute.Instance"',
};

/** Audit-log methods the enabled runbooks answer (the organisation log sink's filter). */
export const RESPOND_AUDIT_METHODS: Record<string, string[]> = {
  "gcp-disable-open-admin-firewall": ["v1.compute.firewalls.insert", "v1.compute.firewalls.patch", "v1.compute.firewalls.update"],
  "gcp-remove-public-bucket-members": ["storage.setIamPermissions"],
  "gcp-remove-public-dataset-access": ["google.iam.v1.IAMPolicy.SetIamPolicy", "datasetservice.update"],
};

/** Exactly the permissions the runbooks use (packages/respond/src/gcp), as an organisation custom role. */
export const RESPOND_PERMISSIONS = [
  "compute.firewalls.get",
  "compute.firewalls.update",
  "compute.firewalls.create",
  "compute.networks.updatePolicy",
  "compute.globalOperations.get",
  "compute.instances.get",
  "compute.instances.setTags",
  "compute.instances.stop",
  "compute.disks.get",
  "compute.disks.createSnapshot",
  "compute.snapshots.get",
  "compute.snapshots.create",
  "compute.snapshots.setLabels",
  "storage.buckets.get",
  "storage.buckets.getIamPolicy",
  "storage.buckets.setIamPolicy",
  "bigquery.datasets.get",
  "bigquery.datasets.update",
  "bigquery.datasets.setIamPolicy",
];

export interface GcpResponseArgs {
  /** The security project and its number (the Cloud Storage service agent is named by it). */
  project: pulumi.Input<string>;
  projectNumber: pulumi.Input<string>;
  /** `@palisade/respond`'s bundled GCP function (dist/functions/gcp/index.js). */
  bundle: pulumi.asset.Asset;
}

/**
 * Automated response on Google Cloud: the `@palisade/respond` GCP runbooks as Cloud Functions (2nd gen) in the security
 * project, one on the Security Command Center notification topic and one on an organisation log sink's topic, acting
 * with a service account that holds only an organisation custom role with the runbooks' permissions. Source, topics and
 * the records topic are encrypted with their own key; failed runs raise an alert to the security channel.
 */
export class GcpResponse extends pulumi.ComponentResource {
  constructor(name: string, config: LandingZoneConfig, args: GcpResponseArgs, opts?: pulumi.ComponentResourceOptions) {
    super("palisade:gcp:Response", name, {}, opts);
    const parent = { parent: this };
    const region = config.network.region;
    const labels = config.labels;
    const modes = Object.fromEntries(Object.entries(config.respond.runbooks).filter(([, m]) => m !== "off"));

    const ring = new kms.KeyRing("respond-ring", { name: "respond", location: region, project: args.project }, parent);
    const key = new kms.CryptoKey(
      "respond-key",
      { name: "default", keyRing: ring.id, rotationPeriod: `${config.kms.rotationDays * 86400}s`, purpose: "ENCRYPT_DECRYPT", labels },
      { ...parent, protect: true },
    );
    const agents = [
      pulumi.interpolate`serviceAccount:service-${args.projectNumber}@gs-project-accounts.iam.gserviceaccount.com`,
      pulumi.interpolate`serviceAccount:service-${args.projectNumber}@gcp-sa-pubsub.iam.gserviceaccount.com`,
    ];
    const keyUsers = new kms.CryptoKeyIAMBinding(
      "respond-key-agents",
      { cryptoKeyId: key.id, role: "roles/cloudkms.cryptoKeyEncrypterDecrypter", members: agents },
      parent,
    );

    const sa = new serviceaccount.Account(
      "respond-sa",
      { accountId: "palisade-respond", displayName: "Palisade automated response", project: args.project },
      parent,
    );
    const role = new organizations.IAMCustomRole(
      "respond-role",
      {
        orgId: config.organization.id,
        roleId: "palisadeRespond",
        title: "Palisade automated response",
        description: "Reads and remediates what the Palisade response runbooks act on; never deletes data",
        permissions: RESPOND_PERMISSIONS,
      },
      parent,
    );
    new organizations.IAMMember(
      "respond-role-binding",
      { orgId: config.organization.id, role: role.name, member: pulumi.interpolate`serviceAccount:${sa.email}` },
      parent,
    );

    const sccTopic = new pubsub.Topic(
      "respond-scc",
      { name: "palisade-respond-scc", project: args.project, kmsKeyName: key.id, labels },
      { ...parent, dependsOn: [keyUsers] },
    );
    const auditTopic = new pubsub.Topic(
      "respond-audit",
      { name: "palisade-respond-audit", project: args.project, kmsKeyName: key.id, labels },
      { ...parent, dependsOn: [keyUsers] },
    );
    const recordsTopic = new pubsub.Topic(
      "respond-records",
      { name: "palisade-respond-records", project: args.project, kmsKeyName: key.id, labels },
      { ...parent, dependsOn: [keyUsers] },
    );
    new pubsub.TopicIAMMember(
      "respond-records-publisher",
      {
        project: args.project,
        topic: recordsTopic.name,
        role: "roles/pubsub.publisher",
        member: pulumi.interpolate`serviceAccount:${sa.email}`,
      },
      parent,
    );

    const sccFilter = Object.keys(modes)
      .map((id) => RESPOND_SCC_FILTERS[id])
      .filter(Boolean)
      .map((f) => `(${f})`)
      .join(" OR ");
    if (sccFilter) {
      new securitycenter.NotificationConfig(
        "respond-scc-notifications",
        {
          configId: "palisade-respond",
          organization: config.organization.id,
          description: "Findings the Palisade response runbooks answer",
          pubsubTopic: sccTopic.id,
          streamingConfig: { filter: `state="ACTIVE" AND (${sccFilter})` },
        },
        parent,
      );
    }
    const methods = Object.keys(modes).flatMap((id) => RESPOND_AUDIT_METHODS[id] ?? []);
    if (methods.length > 0) {
      const sink = new logging.OrganizationSink(
        "respond-audit-sink",
        {
          name: "palisade-respond-audit",
          orgId: config.organization.id,
          includeChildren: true,
          destination: pulumi.interpolate`pubsub.googleapis.com/${auditTopic.id}`,
          filter: `logName:"cloudaudit.googleapis.com%2Factivity" AND protoPayload.status.code=0 AND (${methods.map((m) => `protoPayload.methodName="${m}"`).join(" OR ")})`,
        },
        parent,
      );
      new pubsub.TopicIAMMember(
        "respond-audit-sink-writer",
        { project: args.project, topic: auditTopic.name, role: "roles/pubsub.publisher", member: sink.writerIdentity },
        parent,
      );
    }

    // The function source: the bundle and a package.json naming it, in a locked-down CMEK bucket.
    const bucket = new storage.Bucket(
      "respond-source",
      {
        name: `${config.projects.security.id}-palisade-respond-source`,
        project: args.project,
        location: region.toUpperCase(),
        uniformBucketLevelAccess: true,
        publicAccessPrevention: "enforced",
        versioning: { enabled: true },
        encryption: { defaultKmsKeyName: key.id },
        labels,
      },
      { ...parent, dependsOn: [keyUsers] },
    );
    const source = new storage.BucketObject(
      "respond-source-zip",
      {
        bucket: bucket.name,
        name: "respond.zip",
        source: new pulumi.asset.AssetArchive({
          "index.js": args.bundle,
          "package.json": new pulumi.asset.StringAsset(
            JSON.stringify({ name: "palisade-respond", main: "index.js", engines: { node: ">=20" } }),
          ),
        }),
      },
      parent,
    );

    const env = {
      PALISADE_RESPOND_RUNBOOKS: Object.entries(modes)
        .map(([id, m]) => `${id}=${m}`)
        .join(","),
      PALISADE_RESPOND_EXCLUSIONS: JSON.stringify({
        tags: config.respond.exclusions.labels,
        projects: config.respond.exclusions.projects,
        principals: config.respond.breakGlassPrincipals,
      }),
      PALISADE_RESPOND_TOPIC: pulumi.interpolate`projects/${args.project}/topics/palisade-respond-records`,
    };
    const fn = (id: string, trigger: pubsub.Topic) =>
      new cloudfunctionsv2.Function(
        `respond-${id}-function`,
        {
          name: `palisade-respond-${id}`,
          project: args.project,
          location: region,
          description: `Palisade automated response on ${id} events`,
          kmsKeyName: key.id,
          buildConfig: {
            runtime: "nodejs22",
            entryPoint: "handler",
            environmentVariables: { GOOGLE_FUNCTION_SIGNATURE_TYPE: "cloudevent" },
            source: { storageSource: { bucket: bucket.name, object: source.name } },
          },
          serviceConfig: {
            serviceAccountEmail: sa.email,
            ingressSettings: "ALLOW_INTERNAL_ONLY",
            maxInstanceCount: 10,
            availableMemory: "512M",
            timeoutSeconds: 300,
            environmentVariables: env,
          },
          eventTrigger: {
            triggerRegion: region,
            eventType: "google.cloud.pubsub.topic.v1.messagePublished",
            pubsubTopic: trigger.id,
            retryPolicy: "RETRY_POLICY_RETRY",
            serviceAccountEmail: sa.email,
          },
          labels,
        },
        parent,
      );
    if (sccFilter) fn("scc", sccTopic);
    if (methods.length > 0) fn("audit", auditTopic);

    // A failed run (a record with outcome "failed", or an error) alerts the security channel at once.
    const channels = config.alerts.emails.map(
      (email) =>
        new monitoring.NotificationChannel(
          `respond-alerts-${email.replace(/[^a-z0-9]+/gi, "-").toLowerCase()}`,
          { project: args.project, displayName: `Palisade response: ${email}`, type: "email", labels: { email_address: email } },
          parent,
        ),
    );
    new monitoring.AlertPolicy(
      "respond-failures",
      {
        project: args.project,
        displayName: "Palisade response runbook failed",
        combiner: "OR",
        conditions: [
          {
            displayName: "failed record or function error",
            conditionMatchedLog: {
              filter:
                'resource.type="cloud_run_revision" AND resource.labels.service_name=~"^palisade-respond-" AND (severity>=ERROR OR jsonPayload.outcome="failed" OR textPayload:"\\"outcome\\":\\"failed\\"")',
            },
          },
        ],
        alertStrategy: { notificationRateLimit: { period: "300s" } },
        notificationChannels: channels.map((c) => c.name),
        documentation: {
          content:
            "A Palisade response runbook failed (403, 404, throttling after retries, or an error). The record in the log says what it saw and tried.",
          mimeType: "text/markdown",
        },
      },
      parent,
    );
    this.registerOutputs({});
  }
}
