/**
 * The CIS GCP section 2 log-metric alerts: for each, the benchmark's filter (which the landing zone deploys
 * as a log-based metric) and the fragments a filter must contain to count, and the control that checks a
 * foundation stack declares the metric and an alert policy on it.
 */
import type { ControlDefinition, StackResource } from "../../model/control";
import type { StackView } from "../../model/stack-view";
import { fail, notApplicable, pass, type Verdict } from "../../model/verdict";
import { isFoundationStack } from "../../shared/gcp";
import { objectsOf } from "../../shared/network";
import { str } from "../../shared/text";

export const LOG_METRIC = "gcp:logging/metric:Metric";
export const ALERT_POLICY = "gcp:monitoring/alertPolicy:AlertPolicy";

export interface CisLogMetric {
  /** Short key, also the suggested metric name suffix. */
  key: string;
  what: string;
  cis5: string;
  cis3: string;
  /** The filter as the CIS benchmark gives it. */
  filter: string;
  /** Fragments (lower case, no whitespace, double quotes) a filter must contain to count. */
  needles: readonly string[];
}

export const CIS_GCP_LOG_METRICS: readonly CisLogMetric[] = [
  {
    key: "project-ownership-changes",
    what: "project ownership assignments and changes",
    cis5: "2.5",
    cis3: "2.4",
    filter:
      '(protoPayload.serviceName="cloudresourcemanager.googleapis.com") AND (ProjectOwnership OR projectOwnerInvitee) OR (protoPayload.serviceData.policyDelta.bindingDeltas.action="REMOVE" AND protoPayload.serviceData.policyDelta.bindingDeltas.role="roles/owner") OR (protoPayload.serviceData.policyDelta.bindingDeltas.action="ADD" AND protoPayload.serviceData.policyDelta.bindingDeltas.role="roles/owner")',
    needles: [
      "cloudresourcemanager.googleapis.com",
      "projectownership",
      "projectownerinvitee",
      'bindingdeltas.action="remove"',
      'bindingdeltas.action="add"',
      'bindingdeltas.role="roles/owner"',
    ],
  },
  {
    key: "audit-config-changes",
    what: "audit configuration changes",
    cis5: "2.6",
    cis3: "2.5",
    filter: 'protoPayload.methodName="SetIamPolicy" AND protoPayload.serviceData.policyDelta.auditConfigDeltas:*',
    needles: ['methodname="setiampolicy"', "auditconfigdeltas:*"],
  },
  {
    key: "custom-role-changes",
    what: "custom role changes",
    cis5: "2.7",
    cis3: "2.6",
    filter:
      'resource.type="iam_role" AND (protoPayload.methodName="google.iam.admin.v1.CreateRole" OR protoPayload.methodName="google.iam.admin.v1.DeleteRole" OR protoPayload.methodName="google.iam.admin.v1.UpdateRole")',
    needles: [
      'resource.type="iam_role"',
      "google.iam.admin.v1.createrole",
      "google.iam.admin.v1.deleterole",
      "google.iam.admin.v1.updaterole",
    ],
  },
  {
    key: "vpc-firewall-rule-changes",
    what: "VPC network firewall rule changes",
    cis5: "2.8",
    cis3: "2.7",
    filter:
      'resource.type="gce_firewall_rule" AND (protoPayload.methodName:"compute.firewalls.patch" OR protoPayload.methodName:"compute.firewalls.insert" OR protoPayload.methodName:"compute.firewalls.delete")',
    needles: ['resource.type="gce_firewall_rule"', "compute.firewalls.patch", "compute.firewalls.insert", "compute.firewalls.delete"],
  },
  {
    key: "vpc-route-changes",
    what: "VPC network route changes",
    cis5: "2.9",
    cis3: "2.8",
    filter:
      'resource.type="gce_route" AND (protoPayload.methodName:"compute.routes.delete" OR protoPayload.methodName:"compute.routes.insert")',
    needles: ['resource.type="gce_route"', "compute.routes.delete", "compute.routes.insert"],
  },
  {
    key: "vpc-network-changes",
    what: "VPC network changes",
    cis5: "2.10",
    cis3: "2.9",
    filter:
      'resource.type="gce_network" AND (protoPayload.methodName:"compute.networks.insert" OR protoPayload.methodName:"compute.networks.patch" OR protoPayload.methodName:"compute.networks.delete" OR protoPayload.methodName:"compute.networks.removePeering" OR protoPayload.methodName:"compute.networks.addPeering")',
    needles: [
      'resource.type="gce_network"',
      "compute.networks.insert",
      "compute.networks.patch",
      "compute.networks.delete",
      "compute.networks.removepeering",
      "compute.networks.addpeering",
    ],
  },
  {
    key: "storage-iam-changes",
    what: "Cloud Storage IAM permission changes",
    cis5: "2.11",
    cis3: "2.10",
    filter: 'resource.type="gcs_bucket" AND protoPayload.methodName="storage.setIamPermissions"',
    needles: ['resource.type="gcs_bucket"', 'methodname="storage.setiampermissions"'],
  },
  {
    key: "sql-instance-config-changes",
    what: "Cloud SQL instance configuration changes",
    cis5: "2.12",
    cis3: "2.11",
    filter: 'protoPayload.methodName="cloudsql.instances.update"',
    needles: ['methodname="cloudsql.instances.update"'],
  },
];

function normalise(filter: string): string {
  return filter.toLowerCase().replace(/\s+/g, "").replace(/'/g, '"');
}

export function filterMatches(filter: unknown, spec: CisLogMetric): boolean {
  if (typeof filter !== "string") return false;
  const f = normalise(filter);
  return spec.needles.every((n) => f.includes(n));
}

/** The alert-policy condition filter that watches a user-defined log-based metric. */
export function metricType(metricName: string): string {
  return `logging.googleapis.com/user/${metricName}`;
}

function alertsOn(stack: StackView, metric: StackResource): StackResource | undefined {
  const name = metric.props.name;
  if (typeof name !== "string" || name === "") return undefined;
  return stack.ofType([ALERT_POLICY]).find((a) => {
    if (a.props.enabled === false) return false;
    return objectsOf(a.props.conditions).some((c) => {
      const f = c.conditionThreshold?.filter ?? c.conditionAbsent?.filter;
      return typeof f === "string" && f.includes(`"${metricType(name)}"`);
    });
  });
}

export function metricAlertCheck(stack: StackView, spec: CisLogMetric): Verdict & { subjectUrn?: string } {
  if (!isFoundationStack(stack)) return notApplicable("not an organisation foundation stack");
  const metrics = stack.ofType([LOG_METRIC]).filter((m) => m.props.disabled !== true && filterMatches(m.props.filter, spec));
  if (metrics.length === 0) {
    return fail(
      "logMetric",
      `no log-based metric matches the CIS filter for ${spec.what}; add a gcp.logging.Metric with filter ${spec.filter}`,
    );
  }
  for (const m of metrics) if (alertsOn(stack, m)) return { ...pass(), subjectUrn: m.urn };
  return {
    ...fail(
      `${metrics[0].name}.alertPolicy`,
      `metric ${metrics[0].name} (${spec.what}) has no enabled alert policy; add a gcp.monitoring.AlertPolicy on ${metricType(str(metrics[0].props.name ?? "<name>"))}`,
    ),
    subjectUrn: metrics[0].urn,
  };
}

export function metricAlertControl(spec: CisLogMetric, id: string): ControlDefinition {
  const metricName = `cis-${spec.key}`;
  return {
    id,
    title: `A log metric and alert exist for ${spec.what}`,
    rationale: `Alerting on ${spec.what} surfaces changes that widen access or weaken defences within minutes, not at the next audit.`,
    severity: "medium",
    cloud: "gcp",
    service: "logging",
    resourceTypes: [LOG_METRIC, ALERT_POLICY],
    frameworks: {
      "cis-gcp-5.0": [spec.cis5],
      "cis-gcp-3.0": [spec.cis3],
      "nist-800-53-r5": ["AU-6", "AU-6(1)", "SI-4", "CA-7"],
      soc2: ["CC7.2", "CC7.3"],
      "iso27001-2022": ["A.8.16", "A.8.15"],
      "pci-dss-4.0": ["10.4.1", "10.7.1"],
      hipaa: ["164.308(a)(1)(ii)(D)", "164.312(b)"],
    },
    remediation: `Declare a gcp.logging.Metric (name "${metricName}") with the CIS filter ${spec.filter}, and a gcp.monitoring.AlertPolicy whose condition filter is metric.type="${metricType(metricName)}", notifying the security team.`,
    enforcementLevel: "mandatory",
    tags: ["logging", "monitoring"],
    stackCheck: (stack) => metricAlertCheck(stack, spec),
    examples: {
      compliant: [
        [
          {
            type: LOG_METRIC,
            name: "metric",
            props: { name: metricName, filter: spec.filter, bucketName: "projects/l/locations/global/buckets/org" },
          },
          {
            type: ALERT_POLICY,
            name: "alert",
            props: {
              displayName: spec.what,
              combiner: "OR",
              conditions: [
                {
                  displayName: spec.what,
                  conditionThreshold: {
                    filter: `metric.type="${metricType(metricName)}" AND resource.type="logging_bucket"`,
                    comparison: "COMPARISON_GT",
                  },
                },
              ],
            },
          },
          {
            type: "gcp:logging/organizationSink:OrganizationSink",
            name: "org-sink",
            props: { orgId: "123", includeChildren: true, destination: "d" },
          },
        ],
      ],
      nonCompliant: [
        [{ type: "gcp:organizations/folder:Folder", name: "prod", props: { displayName: "production", parent: "organizations/123" } }],
        [
          { type: LOG_METRIC, name: "metric", props: { name: metricName, filter: spec.filter } },
          { type: "gcp:orgpolicy/policy:Policy", name: "p", props: { parent: "organizations/123" } },
        ],
      ],
    },
  };
}

export function cisMetric(key: string): CisLogMetric {
  const spec = CIS_GCP_LOG_METRICS.find((m) => m.key === key);
  if (!spec) throw new Error(`unknown CIS log metric ${key}`);
  return spec;
}
