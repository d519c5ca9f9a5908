import { ActionGroup } from "@pulumi/azure-native/monitor/actionGroup";
import { ActivityLogAlert } from "@pulumi/azure-native/monitor/activityLogAlert";
import { SubscriptionDiagnosticSetting } from "@pulumi/azure-native/monitor/subscriptionDiagnosticSetting";
import { Workspace } from "@pulumi/azure-native/operationalinsights/workspace";
import type { Provider } from "@pulumi/azure-native/provider";
import { ResourceGroup } from "@pulumi/azure-native/resources/resourceGroup";
import { Pricing } from "@pulumi/azure-native/security/pricing";
import { SecurityContact } from "@pulumi/azure-native/security/securityContact";
import * as pulumi from "@pulumi/pulumi";
import type { LandingZoneConfig } from "../config";
import { subscriptionIn, tagsOf } from "../conventions";

/** Every activity-log category, exported from every subscription (CIS 6.1.1.1/6.1.1.2). */
export const ACTIVITY_LOG_CATEGORIES = [
  "Administrative",
  "Security",
  "ServiceHealth",
  "Alert",
  "Recommendation",
  "Policy",
  "Autoscale",
  "ResourceHealth",
];

/**
 * Activity-log alerts CIS asks for in every subscription (6.1.2.1–6.1.2.11 in 6.0, 6.2.x in 3.0): they
 * cannot be decided from a team's resources at preview, so the landing zone deploys them.
 */
export const ACTIVITY_LOG_ALERTS: { name: string; description: string; category: string; operationName?: string }[] = [
  {
    name: "create-policy-assignment",
    category: "Administrative",
    operationName: "Microsoft.Authorization/policyAssignments/write",
    description: "A policy assignment was created or updated",
  },
  {
    name: "delete-policy-assignment",
    category: "Administrative",
    operationName: "Microsoft.Authorization/policyAssignments/delete",
    description: "A policy assignment was deleted",
  },
  {
    name: "write-nsg",
    category: "Administrative",
    operationName: "Microsoft.Network/networkSecurityGroups/write",
    description: "A network security group was created or updated",
  },
  {
    name: "delete-nsg",
    category: "Administrative",
    operationName: "Microsoft.Network/networkSecurityGroups/delete",
    description: "A network security group was deleted",
  },
  {
    name: "write-security-solution",
    category: "Administrative",
    operationName: "Microsoft.Security/securitySolutions/write",
    description: "A security solution was created or updated",
  },
  {
    name: "delete-security-solution",
    category: "Administrative",
    operationName: "Microsoft.Security/securitySolutions/delete",
    description: "A security solution was deleted",
  },
  {
    name: "write-sql-firewall-rule",
    category: "Administrative",
    operationName: "Microsoft.Sql/servers/firewallRules/write",
    description: "An Azure SQL firewall rule was created or updated",
  },
  {
    name: "delete-sql-firewall-rule",
    category: "Administrative",
    operationName: "Microsoft.Sql/servers/firewallRules/delete",
    description: "An Azure SQL firewall rule was deleted",
  },
  {
    name: "write-public-ip",
    category: "Administrative",
    operationName: "Microsoft.Network/publicIPAddresses/write",
    description: "A public IP address was created or updated",
  },
  {
    name: "delete-public-ip",
    category: "Administrative",
    operationName: "Microsoft.Network/publicIPAddresses/delete",
    description: "A public IP address was deleted",
  },
  { name: "service-health", category: "ServiceHealth", description: "Azure service health incident or maintenance" },
];

/**
 * Central logging and threat detection: the Log Analytics workspace (in the management subscription), and in
 * every subscription the activity-log export, the CIS activity-log alerts, Defender for Cloud plans and the
 * security contact.
 */
export class Management extends pulumi.ComponentResource {
  readonly workspace: Workspace;
  readonly resourceGroup: ResourceGroup;
  readonly actionGroup: ActionGroup;

  constructor(
    name: string,
    args: { config: LandingZoneConfig; providers: Record<string, Provider> },
    opts?: pulumi.ComponentResourceOptions,
  ) {
    super("palisade:azure:Management", name, {}, opts);
    const { config, providers } = args;
    const tags = tagsOf(config);
    const mgmt = subscriptionIn(config, "management");
    const inMgmt = { parent: this, provider: providers[mgmt.name] };
    const location = config.defaultLocation;

    this.resourceGroup = new ResourceGroup("management-rg", { resourceGroupName: `${config.prefix}-management`, location, tags }, inMgmt);
    this.workspace = new Workspace(
      "log-analytics",
      {
        workspaceName: `${config.prefix}-law`,
        resourceGroupName: this.resourceGroup.name,
        location,
        sku: { name: "PerGB2018" },
        retentionInDays: config.security.logRetentionDays,
        tags,
      },
      inMgmt,
    );
    this.actionGroup = new ActionGroup(
      "security-alerts",
      {
        actionGroupName: `${config.prefix}-security-alerts`,
        resourceGroupName: this.resourceGroup.name,
        location: "Global",
        groupShortName: `${config.prefix}-sec`.slice(0, 12),
        enabled: true,
        emailReceivers: config.security.contactEmails.map((emailAddress, i) => ({
          name: `security-${i + 1}`,
          emailAddress,
          useCommonAlertSchema: true,
        })),
        tags,
      },
      inMgmt,
    );

    for (const [sub, s] of Object.entries(config.subscriptions)) {
      const inSub = { parent: this, provider: providers[sub] };
      const scope = `/subscriptions/${s.id}`;
      new SubscriptionDiagnosticSetting(
        `activity-log-${sub}`,
        {
          name: `${config.prefix}-activity-log`,
          workspaceId: this.workspace.id,
          logs: ACTIVITY_LOG_CATEGORIES.map((category) => ({ category, enabled: true })),
        },
        inSub,
      );
      for (const plan of config.security.defenderPlans) {
        new Pricing(
          `defender-${sub}-${plan.toLowerCase()}`,
          {
            pricingName: plan,
            pricingTier: "Standard",
            scopeId: scope,
            ...(plan === "VirtualMachines" ? { subPlan: "P2" } : plan === "StorageAccounts" ? { subPlan: "DefenderForStorageV2" } : {}),
          },
          inSub,
        );
      }
      new SecurityContact(
        `security-contact-${sub}`,
        {
          securityContactName: "default",
          emails: config.security.contactEmails.join(";"),
          isEnabled: true,
          notificationsByRole: { state: "On", roles: ["Owner"] },
          notificationsSources: [
            { sourceType: "Alert", minimalSeverity: "Medium" },
            { sourceType: "AttackPath", minimalRiskLevel: "Critical" },
          ],
        },
        inSub,
      );
      const alertsRg = new ResourceGroup(`alerts-rg-${sub}`, { resourceGroupName: `${config.prefix}-alerts`, location, tags }, inSub);
      for (const alert of ACTIVITY_LOG_ALERTS) {
        new ActivityLogAlert(
          `alert-${sub}-${alert.name}`,
          {
            activityLogAlertName: `${config.prefix}-${alert.name}`,
            resourceGroupName: alertsRg.name,
            location: "Global",
            scopes: [scope],
            enabled: true,
            description: alert.description,
            condition: {
              allOf: [
                { field: "category", equals: alert.category },
                ...(alert.operationName ? [{ field: "operationName", equals: alert.operationName }] : []),
              ],
            },
            actions: { actionGroups: [{ actionGroupId: this.actionGroup.id }] },
            tags,
          },
          inSub,
        );
      }
    }
    this.registerOutputs({ workspaceId: this.workspace.id });
  }
}
