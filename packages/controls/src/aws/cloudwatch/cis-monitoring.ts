/**
 * The CIS AWS monitoring recommendations (Foundations 3.0 section 4 "log metric filter and alarm", 7.0
 * section 5 "… are monitored"), one control each, decided by one shared check. The stack that owns a
 * CloudTrail trail must watch it in one of the two forms the benchmarks accept:
 *
 * - a CloudWatch Logs metric filter whose pattern contains every clause of the CIS pattern, and an
 *   enabled alarm with an action on the filter's metric (namespace and name), or
 * - an enabled EventBridge rule whose event pattern matches the same events, with a target.
 *
 * A pattern may watch more than CIS asks (extra event names, extra exclusions); it may not watch less.
 */
import type { ControlDefinition, StackResource } from "../../model/control";
import type { StackView } from "../../model/stack-view";
import { fail, notApplicable, pass, type Verdict } from "../../model/verdict";
import { listOf } from "../../shared/network";
import { str } from "../../shared/text";

export const TRAIL = "aws:cloudtrail/trail:Trail";
export const METRIC_FILTER = "aws:cloudwatch/logMetricFilter:LogMetricFilter";
export const METRIC_ALARM = "aws:cloudwatch/metricAlarm:MetricAlarm";
export const EVENT_RULE = "aws:cloudwatch/eventRule:EventRule";
export const EVENT_TARGET = "aws:cloudwatch/eventTarget:EventTarget";

export interface CisMonitoring {
  key: string;
  what: string;
  cis7: string;
  cis3: string;
  /** The metric filter pattern as CIS AWS 3.0 gives it. */
  filterPattern: string;
  /** Clauses (lower case, no whitespace or double quotes) a metric filter pattern must contain. */
  filterClauses: readonly string[];
  /** The EventBridge pattern that watches the same events; a rule counts when it matches all its `detail` fields. */
  eventPattern: Record<string, unknown>;
}

const API_CALL = "AWS API Call via CloudTrail";
const SIGN_IN = "AWS Console Sign In via CloudTrail";
const SERVICE_OF: Record<string, string> = {
  "iam-policy-changes": "iam",
  "cloudtrail-changes": "cloudtrail",
  "security-group-changes": "ec2",
  "nacl-changes": "ec2",
  "network-gateway-changes": "ec2",
  "route-table-changes": "ec2",
  "vpc-changes": "ec2",
};

function apiCalls(
  key: string,
  what: string,
  cis7: string,
  cis3: string,
  eventNames: readonly string[],
  eventSource?: string,
): CisMonitoring {
  const names = eventNames.map((n) => `($.eventName=${n})`).join("||");
  return {
    key,
    what,
    cis7,
    cis3,
    filterPattern: eventSource ? `{($.eventSource=${eventSource})&&(${names})}` : `{${names}}`,
    filterClauses: [...(eventSource ? [`$.eventsource=${eventSource}`] : []), ...eventNames.map((n) => `$.eventname=${n.toLowerCase()}`)],
    eventPattern: {
      source: [`aws.${eventSource?.split(".")[0] ?? SERVICE_OF[key]}`],
      "detail-type": [API_CALL],
      detail: { eventName: [...eventNames] },
    },
  };
}

export const CIS_AWS_MONITORING: readonly CisMonitoring[] = [
  {
    key: "unauthorized-api-calls",
    what: "unauthorised API calls",
    cis7: "5.1",
    cis3: "4.1",
    filterPattern:
      '{($.errorCode="*UnauthorizedOperation")||($.errorCode="AccessDenied*")&&($.sourceIPAddress!="delivery.logs.amazonaws.com")&&($.eventName!="HeadBucket")}',
    filterClauses: ["$.errorcode=*unauthorizedoperation", "$.errorcode=accessdenied*"],
    eventPattern: {
      "detail-type": [API_CALL],
      detail: { errorCode: [{ wildcard: "*UnauthorizedOperation" }, { prefix: "AccessDenied" }] },
    },
  },
  {
    key: "console-sign-in-without-mfa",
    what: "console sign-in without MFA",
    cis7: "5.2",
    cis3: "4.2",
    filterPattern: '{($.eventName="ConsoleLogin")&&($.additionalEventData.MFAUsed!="Yes")}',
    filterClauses: ["$.eventname=consolelogin", "$.additionaleventdata.mfaused!=yes"],
    eventPattern: { "detail-type": [SIGN_IN], detail: { eventName: ["ConsoleLogin"], additionalEventData: { MFAUsed: ["No"] } } },
  },
  {
    key: "root-user-activity",
    what: "use of the root user",
    cis7: "5.3",
    cis3: "4.3",
    filterPattern: '{$.userIdentity.type="Root"&&$.userIdentity.invokedBy NOT EXISTS&&$.eventType!="AwsServiceEvent"}',
    filterClauses: ["$.useridentity.type=root"],
    eventPattern: { "detail-type": [API_CALL, SIGN_IN], detail: { userIdentity: { type: ["Root"] } } },
  },
  apiCalls("iam-policy-changes", "IAM policy changes", "5.4", "4.4", [
    "DeleteGroupPolicy",
    "DeleteRolePolicy",
    "DeleteUserPolicy",
    "PutGroupPolicy",
    "PutRolePolicy",
    "PutUserPolicy",
    "CreatePolicy",
    "DeletePolicy",
    "CreatePolicyVersion",
    "DeletePolicyVersion",
    "AttachRolePolicy",
    "DetachRolePolicy",
    "AttachUserPolicy",
    "DetachUserPolicy",
    "AttachGroupPolicy",
    "DetachGroupPolicy",
  ]),
  apiCalls("cloudtrail-changes", "CloudTrail configuration changes", "5.5", "4.5", [
    "CreateTrail",
    "UpdateTrail",
    "DeleteTrail",
    "StartLogging",
    "StopLogging",
  ]),
  {
    key: "console-authentication-failures",
    what: "console authentication failures",
    cis7: "5.6",
    cis3: "4.6",
    filterPattern: '{($.eventName=ConsoleLogin)&&($.errorMessage="Failed authentication")}',
    filterClauses: ["$.eventname=consolelogin", "$.errormessage=failedauthentication"],
    eventPattern: { "detail-type": [SIGN_IN], detail: { eventName: ["ConsoleLogin"], errorMessage: ["Failed authentication"] } },
  },
  apiCalls(
    "kms-key-disable-or-deletion",
    "disabling or scheduled deletion of customer-managed KMS keys",
    "5.7",
    "4.7",
    ["DisableKey", "ScheduleKeyDeletion"],
    "kms.amazonaws.com",
  ),
  apiCalls(
    "s3-bucket-policy-changes",
    "S3 bucket policy changes",
    "5.8",
    "4.8",
    [
      "PutBucketAcl",
      "PutBucketPolicy",
      "PutBucketCors",
      "PutBucketLifecycle",
      "PutBucketReplication",
      "DeleteBucketPolicy",
      "DeleteBucketCors",
      "DeleteBucketLifecycle",
      "DeleteBucketReplication",
    ],
    "s3.amazonaws.com",
  ),
  apiCalls(
    "config-changes",
    "AWS Config configuration changes",
    "5.9",
    "4.9",
    ["StopConfigurationRecorder", "DeleteDeliveryChannel", "PutDeliveryChannel", "PutConfigurationRecorder"],
    "config.amazonaws.com",
  ),
  apiCalls("security-group-changes", "security group changes", "5.10", "4.10", [
    "AuthorizeSecurityGroupIngress",
    "AuthorizeSecurityGroupEgress",
    "RevokeSecurityGroupIngress",
    "RevokeSecurityGroupEgress",
    "CreateSecurityGroup",
    "DeleteSecurityGroup",
  ]),
  apiCalls("nacl-changes", "network ACL changes", "5.11", "4.11", [
    "CreateNetworkAcl",
    "CreateNetworkAclEntry",
    "DeleteNetworkAcl",
    "DeleteNetworkAclEntry",
    "ReplaceNetworkAclEntry",
    "ReplaceNetworkAclAssociation",
  ]),
  apiCalls("network-gateway-changes", "network gateway changes", "5.12", "4.12", [
    "CreateCustomerGateway",
    "DeleteCustomerGateway",
    "AttachInternetGateway",
    "CreateInternetGateway",
    "DeleteInternetGateway",
    "DetachInternetGateway",
  ]),
  apiCalls("route-table-changes", "route table changes", "5.13", "4.13", [
    "CreateRoute",
    "CreateRouteTable",
    "ReplaceRoute",
    "ReplaceRouteTableAssociation",
    "DeleteRouteTable",
    "DeleteRoute",
    "DisassociateRouteTable",
  ]),
  apiCalls("vpc-changes", "VPC changes", "5.14", "4.14", [
    "CreateVpc",
    "DeleteVpc",
    "ModifyVpcAttribute",
    "AcceptVpcPeeringConnection",
    "CreateVpcPeeringConnection",
    "DeleteVpcPeeringConnection",
    "RejectVpcPeeringConnection",
    "AttachClassicLinkVpc",
    "DetachClassicLinkVpc",
    "DisableVpcClassicLink",
    "EnableVpcClassicLink",
  ]),
  apiCalls(
    "organizations-changes",
    "AWS Organizations changes",
    "5.15",
    "4.15",
    [
      "AcceptHandshake",
      "AttachPolicy",
      "CreateAccount",
      "CreateOrganizationalUnit",
      "CreatePolicy",
      "DeclineHandshake",
      "DeleteOrganization",
      "DeleteOrganizationalUnit",
      "DeletePolicy",
      "DetachPolicy",
      "DisablePolicyType",
      "EnablePolicyType",
      "InviteAccountToOrganization",
      "LeaveOrganization",
      "MoveAccount",
      "RemoveAccountFromOrganization",
      "UpdatePolicy",
      "UpdateOrganizationalUnit",
    ],
    "organizations.amazonaws.com",
  ),
];

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function normaliseFilter(pattern: string): string {
  return pattern.toLowerCase().replace(/[\s"]/g, "");
}

/** True when a metric filter pattern contains every clause (a clause ends where a name would not continue). */
export function filterCovers(pattern: unknown, spec: CisMonitoring): boolean {
  if (typeof pattern !== "string") return false;
  const p = normaliseFilter(pattern);
  return spec.filterClauses.every((c) => new RegExp(`${escapeRegExp(c)}(?![a-z0-9_*.])`).test(p));
}

/** `path=value` pairs an EventBridge pattern matches positively (`anything-but` subtrees are skipped). */
export function eventPatternPairs(pattern: unknown): Set<string> {
  const out = new Set<string>();
  let parsed: unknown = pattern;
  if (typeof pattern === "string") {
    try {
      parsed = JSON.parse(pattern);
    } catch {
      return out;
    }
  }
  const walk = (v: unknown, path: string) => {
    if (typeof v === "string") out.add(`${path}=${v.toLowerCase().replace(/[\s*]/g, "")}`);
    else if (Array.isArray(v)) for (const x of v) walk(x, path);
    else if (v !== null && typeof v === "object") {
      for (const [k, x] of Object.entries(v)) {
        if (k === "anything-but") continue;
        // Content filters ({ prefix }, { wildcard }, { equals-ignore-case }) keep the field's path.
        const matcher = ["prefix", "suffix", "wildcard", "equals-ignore-case"].includes(k);
        walk(x, matcher ? path : path ? `${path}.${k.toLowerCase()}` : k.toLowerCase());
      }
    }
  };
  walk(parsed, "");
  return out;
}

function alarmWatching(stack: StackView, filter: StackResource): StackResource | undefined {
  const t = filter.props.metricTransformation;
  const name = str(t?.name);
  const namespace = str(t?.namespace);
  if (name === "") return undefined;
  return stack
    .ofType([METRIC_ALARM])
    .find(
      (a) =>
        a.props.metricName === name &&
        a.props.namespace === namespace &&
        a.props.actionsEnabled !== false &&
        listOf(a.props.alarmActions).length > 0,
    );
}

function ruleWithTarget(stack: StackView, rule: StackResource): boolean {
  if (rule.props.isEnabled === false || (rule.props.state !== undefined && rule.props.state !== "ENABLED")) return false;
  return stack.referencing(rule, [EVENT_TARGET], "rule", ["name", "id"]).length > 0;
}

export function monitoringCheck(stack: StackView, spec: CisMonitoring): Verdict & { subjectUrn?: string } {
  const trails = stack.ofType([TRAIL]);
  if (trails.length === 0) return notApplicable("no CloudTrail trail in this stack; the stack that owns the trail monitors it");
  const required = [...eventPatternPairs(spec.eventPattern)].filter((p) => p.startsWith("detail."));
  const rules = stack.ofType([EVENT_RULE]).filter((r) => {
    const pairs = eventPatternPairs(r.props.eventPattern);
    return required.every((p) => pairs.has(p));
  });
  for (const r of rules) if (ruleWithTarget(stack, r)) return { ...pass(), subjectUrn: r.urn };
  const filters = stack.ofType([METRIC_FILTER]).filter((f) => filterCovers(f.props.pattern, spec));
  for (const f of filters) if (alarmWatching(stack, f)) return { ...pass(), subjectUrn: f.urn };
  if (filters.length > 0) {
    return {
      ...fail(
        `${filters[0].name}.metricTransformation`,
        `metric filter ${filters[0].name} (${spec.what}) has no alarm with alarmActions on its metric; add an aws.cloudwatch.MetricAlarm on namespace ${JSON.stringify(str(filters[0].props.metricTransformation?.namespace))}, metric ${JSON.stringify(str(filters[0].props.metricTransformation?.name))}, notifying an SNS topic`,
      ),
      subjectUrn: filters[0].urn,
    };
  }
  return {
    ...fail(
      "logMetricFilter",
      `${spec.what} are not monitored: add an aws.cloudwatch.LogMetricFilter on the trail's log group with pattern ${spec.filterPattern} and an alarm on it, or an EventBridge rule matching these events with a target`,
    ),
    subjectUrn: trails[0].urn,
  };
}

export function monitoringControl(spec: CisMonitoring): ControlDefinition {
  const metricName = spec.key;
  const trail = {
    type: TRAIL,
    name: "org-trail",
    props: {
      s3BucketName: "audit-logs",
      isMultiRegionTrail: true,
      cloudWatchLogsGroupArn: "arn:aws:logs:eu-west-1:111122223333:log-group:trail:*",
    },
  };
  return {
    id: `aws-cloudwatch-monitor-${spec.key}`,
    title: `CloudTrail events for ${spec.what} raise an alert`,
    rationale: `An alert on ${spec.what} surfaces access being widened or defences being switched off within minutes, not at the next audit.`,
    severity: "medium",
    cloud: "aws",
    service: "cloudwatch",
    resourceTypes: [TRAIL, METRIC_FILTER, METRIC_ALARM, EVENT_RULE, EVENT_TARGET],
    frameworks: {
      "cis-aws-7.0": [spec.cis7],
      "cis-aws-3.0": [spec.cis3],
      "nist-800-53-r5": ["AU-6", "AU-6(1)", "SI-4", "CA-7"],
      soc2: ["CC7.2", "CC7.3"],
      "iso27001-2022": ["A.8.16", "A.8.15"],
      "pci-dss-4.0": ["10.4.1"],
      hipaa: ["164.308(a)(1)(ii)(D)", "164.312(b)"],
    },
    remediation: `In the stack that owns the trail, add an aws.cloudwatch.LogMetricFilter on the trail's log group with pattern ${spec.filterPattern} and an aws.cloudwatch.MetricAlarm on its metric with alarmActions [an SNS topic], or an aws.cloudwatch.EventRule matching these CloudTrail events with an aws.cloudwatch.EventTarget.`,
    enforcementLevel: "mandatory",
    tags: ["logging", "monitoring", "detection"],
    stackCheck: (stack) => monitoringCheck(stack, spec),
    examples: {
      compliant: [
        [
          trail,
          {
            type: METRIC_FILTER,
            name: "filter",
            props: {
              logGroupName: "trail",
              pattern: spec.filterPattern,
              metricTransformation: { name: metricName, namespace: "CISBenchmark", value: "1" },
            },
          },
          {
            type: METRIC_ALARM,
            name: "alarm",
            props: {
              metricName,
              namespace: "CISBenchmark",
              statistic: "Sum",
              period: 300,
              evaluationPeriods: 1,
              threshold: 1,
              comparisonOperator: "GreaterThanOrEqualToThreshold",
              alarmActions: ["arn:aws:sns:eu-west-1:111122223333:security-alerts"],
            },
          },
        ],
        [
          trail,
          {
            type: EVENT_RULE,
            name: "rule",
            props: { eventBusName: "security", eventPattern: JSON.stringify(spec.eventPattern) },
          },
          {
            type: EVENT_TARGET,
            name: "target",
            props: { rule: "rule-1", arn: "arn:aws:sns:eu-west-1:111122223333:alerts" },
            refs: { rule: ["rule"] },
          },
        ],
      ],
      nonCompliant: [
        [trail],
        [
          trail,
          {
            type: METRIC_FILTER,
            name: "filter",
            props: {
              logGroupName: "trail",
              pattern: spec.filterPattern,
              metricTransformation: { name: metricName, namespace: "CISBenchmark", value: "1" },
            },
          },
          { type: METRIC_ALARM, name: "alarm-without-action", props: { metricName, namespace: "CISBenchmark", threshold: 1 } },
        ],
      ],
    },
  };
}

export function cisMonitoring(key: string): CisMonitoring {
  const spec = CIS_AWS_MONITORING.find((m) => m.key === key);
  if (!spec) throw new Error(`unknown CIS AWS monitoring item ${key}`);
  return spec;
}
