/**
 * The CIS Azure activity-log alerts (6.1.2.x in 6.0, 6.2.x in 3.0): for each, the operation (or category)
 * the alert must watch, and the check that a foundation stack declares an enabled alert on it that notifies
 * an action group. A team's stack is not the place for subscription-wide alerts, so the check is not
 * applicable there; the Azure landing zone deploys all of them in every subscription.
 */
import type { ControlDefinition, StackResource } from "../../model/control";
import type { StackView } from "../../model/stack-view";
import { peek } from "../../model/unknowns";
import { cannotEvaluate, fail, notApplicable, pass, type Verdict } from "../../model/verdict";
import { type Bag, objectOf, same } from "../../shared/azure";
import { objectsOf } from "../../shared/network";

export const ACTIVITY_LOG_ALERT_TYPES = ["azure-native:monitor:ActivityLogAlert", "azure-native:insights:ActivityLogAlert"] as const;

/** Resources only a platform (landing-zone) stack declares: subscription-wide alerts belong there. */
export const AZURE_FOUNDATION_MARKERS = [
  "azure-native:management:ManagementGroup",
  "azure-native:monitor:SubscriptionDiagnosticSetting",
  "azure-native:insights:SubscriptionDiagnosticSetting",
];

export interface CisActivityAlert {
  key: string;
  what: string;
  cis6: string;
  cis3?: string;
  category: "Administrative" | "ServiceHealth";
  operationName?: string;
}

export const CIS_ACTIVITY_ALERTS: readonly CisActivityAlert[] = [
  {
    key: "create-policy-assignment",
    what: "policy assignments created or updated",
    cis6: "6.1.2.1",
    cis3: "6.2.1",
    category: "Administrative",
    operationName: "Microsoft.Authorization/policyAssignments/write",
  },
  {
    key: "delete-policy-assignment",
    what: "policy assignments deleted",
    cis6: "6.1.2.2",
    cis3: "6.2.2",
    category: "Administrative",
    operationName: "Microsoft.Authorization/policyAssignments/delete",
  },
  {
    key: "write-nsg",
    what: "network security groups created or updated",
    cis6: "6.1.2.3",
    cis3: "6.2.3",
    category: "Administrative",
    operationName: "Microsoft.Network/networkSecurityGroups/write",
  },
  {
    key: "delete-nsg",
    what: "network security groups deleted",
    cis6: "6.1.2.4",
    cis3: "6.2.4",
    category: "Administrative",
    operationName: "Microsoft.Network/networkSecurityGroups/delete",
  },
  {
    key: "write-security-solution",
    what: "security solutions created or updated",
    cis6: "6.1.2.5",
    cis3: "6.2.5",
    category: "Administrative",
    operationName: "Microsoft.Security/securitySolutions/write",
  },
  {
    key: "delete-security-solution",
    what: "security solutions deleted",
    cis6: "6.1.2.6",
    cis3: "6.2.6",
    category: "Administrative",
    operationName: "Microsoft.Security/securitySolutions/delete",
  },
  {
    key: "write-sql-firewall-rule",
    what: "SQL server firewall rules created or updated",
    cis6: "6.1.2.7",
    cis3: "6.2.7",
    category: "Administrative",
    operationName: "Microsoft.Sql/servers/firewallRules/write",
  },
  {
    key: "delete-sql-firewall-rule",
    what: "SQL server firewall rules deleted",
    cis6: "6.1.2.8",
    cis3: "6.2.8",
    category: "Administrative",
    operationName: "Microsoft.Sql/servers/firewallRules/delete",
  },
  {
    key: "write-public-ip",
    what: "public IP addresses created or updated",
    cis6: "6.1.2.9",
    cis3: "6.2.9",
    category: "Administrative",
    operationName: "Microsoft.Network/publicIPAddresses/write",
  },
  {
    key: "delete-public-ip",
    what: "public IP addresses deleted",
    cis6: "6.1.2.10",
    cis3: "6.2.10",
    category: "Administrative",
    operationName: "Microsoft.Network/publicIPAddresses/delete",
  },
  { key: "service-health", what: "Azure service health events", cis6: "6.1.2.11", category: "ServiceHealth" },
];

/** The (field, equals) leaves of an alert condition, including those inside anyOf groups. */
function leaves(condition: Bag | undefined): Bag[] {
  return objectsOf(condition?.allOf).flatMap((c) => [c, ...objectsOf(c.anyOf)]);
}

function watches(alert: StackResource, spec: CisActivityAlert): boolean {
  if (alert.props.enabled === false) return false;
  const all = leaves(objectOf(alert.props.condition));
  const has = (field: string, value: string) => all.some((l) => same(l.field, field) && same(l.equals, value));
  if (!has("category", spec.category)) return false;
  return spec.operationName === undefined || has("operationName", spec.operationName);
}

function notifies(alert: StackResource): boolean {
  return objectsOf(objectOf(alert.props.actions)?.actionGroups).some((g) => {
    const id = peek(g, "actionGroupId");
    return !id.known || (typeof id.value === "string" && id.value !== "");
  });
}

export function activityAlertCheck(stack: StackView, spec: CisActivityAlert): Verdict & { subjectUrn?: string } {
  if (stack.ofType(AZURE_FOUNDATION_MARKERS).length === 0) return notApplicable("not a platform (landing-zone) stack");
  const alerts = stack.ofType(ACTIVITY_LOG_ALERT_TYPES);
  const undecided = alerts.find((a) => !peek(a.props, "condition").known);
  const matching = alerts.filter((a) => watches(a, spec));
  const good = matching.find(notifies);
  if (good) return { ...pass(), subjectUrn: good.urn };
  if (matching.length > 0) {
    return {
      ...fail("actions.actionGroups", `activity-log alert ${matching[0].name} (${spec.what}) notifies no action group; add one`),
      subjectUrn: matching[0].urn,
    };
  }
  if (undecided) return cannotEvaluate(`${undecided.name}.condition`, `${undecided.name}.condition is unknown`);
  const on = spec.operationName ? ` and operationName "${spec.operationName}"` : "";
  return fail(
    "activityLogAlert",
    `no enabled activity-log alert watches ${spec.what}; add a monitor.ActivityLogAlert on category "${spec.category}"${on}`,
  );
}

export function activityAlertControl(spec: CisActivityAlert): ControlDefinition {
  const condition = {
    allOf: [
      { field: "category", equals: spec.category },
      ...(spec.operationName ? [{ field: "operationName", equals: spec.operationName }] : []),
    ],
  };
  const alert = (props: Bag) => ({ type: ACTIVITY_LOG_ALERT_TYPES[0], name: `alert-${spec.key}`, props });
  const marker = { type: AZURE_FOUNDATION_MARKERS[1], name: "activity-export", props: { workspaceId: "/law", logs: [] } };
  const actions = { actionGroups: [{ actionGroupId: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Insights/actionGroups/soc" }] };
  return {
    id: `azure-monitor-alert-${spec.key}`,
    title: `An activity-log alert exists for ${spec.what}`,
    rationale: `Alerting on ${spec.what} surfaces changes that widen exposure or weaken defences within minutes, not at the next audit.`,
    severity: "medium",
    cloud: "azure",
    service: "monitor",
    resourceTypes: [...ACTIVITY_LOG_ALERT_TYPES],
    frameworks: {
      "cis-azure-6.0": [spec.cis6],
      ...(spec.cis3 ? { "cis-azure-3.0": [spec.cis3] } : {}),
      "nist-800-53-r5": ["AU-6", "SI-4", "CA-7"],
      soc2: ["CC7.2", "CC7.3"],
      "iso27001-2022": ["A.8.16", "A.8.15"],
      "pci-dss-4.0": ["10.4.1", "10.7.1"],
      hipaa: ["164.308(a)(1)(ii)(D)", "164.312(b)"],
    },
    remediation: `Declare a monitor.ActivityLogAlert scoped to the subscription with condition ${JSON.stringify(condition)} and an action group that reaches the security team (the Palisade Azure landing zone deploys it).`,
    enforcementLevel: "mandatory",
    tags: ["logging", "monitoring"],
    stackCheck: (stack) => activityAlertCheck(stack, spec),
    examples: {
      compliant: [
        [alert({ location: "Global", scopes: ["/subscriptions/s"], enabled: true, condition, actions }), marker],
        [{ type: "azure-native:storage:StorageAccount", name: "team-data", props: { kind: "StorageV2" } }],
      ],
      nonCompliant: [
        [marker],
        [alert({ location: "Global", scopes: ["/subscriptions/s"], enabled: false, condition, actions }), marker],
        [alert({ location: "Global", scopes: ["/subscriptions/s"], condition, actions: { actionGroups: [] } }), marker],
      ],
    },
  };
}

export function cisActivityAlert(key: string): CisActivityAlert {
  const spec = CIS_ACTIVITY_ALERTS.find((a) => a.key === key);
  if (!spec) throw new Error(`unknown CIS activity-log alert ${key}`);
  return spec;
}
