import { createHash } from "node:crypto";
import { RoleAssignment } from "@pulumi/azure-native/authorization/roleAssignment";
import { RoleDefinition } from "@pulumi/azure-native/authorization/roleDefinition";
import { SystemTopic } from "@pulumi/azure-native/eventgrid/systemTopic";
import { SystemTopicEventSubscription } from "@pulumi/azure-native/eventgrid/systemTopicEventSubscription";
import { UserAssignedIdentity } from "@pulumi/azure-native/managedidentity/userAssignedIdentity";
import { DiagnosticSetting } from "@pulumi/azure-native/monitor/diagnosticSetting";
import { ScheduledQueryRule } from "@pulumi/azure-native/monitor/scheduledQueryRule";
import type { Provider } from "@pulumi/azure-native/provider";
import { ResourceGroup } from "@pulumi/azure-native/resources/resourceGroup";
import { Blob } from "@pulumi/azure-native/storage/blob";
import { BlobContainer } from "@pulumi/azure-native/storage/blobContainer";
import { StorageAccount } from "@pulumi/azure-native/storage/storageAccount";
import { AppServicePlan } from "@pulumi/azure-native/web/appServicePlan";
import { WebApp } from "@pulumi/azure-native/web/webApp";
import { WebAppApplicationSettings } from "@pulumi/azure-native/web/webAppApplicationSettings";
import { WebAppAuthSettingsV2 } from "@pulumi/azure-native/web/webAppAuthSettingsV2";
import { WebAppFtpAllowed } from "@pulumi/azure-native/web/webAppFtpAllowed";
import { WebAppScmAllowed } from "@pulumi/azure-native/web/webAppScmAllowed";
import * as pulumi from "@pulumi/pulumi";
import type { LandingZoneConfig } from "../config";
import { storageAccountName, subscriptionIn, tagsOf } from "../conventions";

/** ARM operations whose successful writes the subscriptions' Event Grid system topics route to the function. */
export const RESPOND_OPERATIONS: Record<string, string[]> = {
  "azure-remove-open-admin-nsg-rules": [
    "Microsoft.Network/networkSecurityGroups/securityRules/write",
    "Microsoft.Network/networkSecurityGroups/write",
  ],
  "azure-disable-storage-public-access": ["Microsoft.Storage/storageAccounts/write"],
};

/** Exactly what the runbooks read and write (packages/respond/src/azure), as a custom role at the intermediate root. */
export const RESPOND_ROLE_ACTIONS = [
  "Microsoft.Network/networkSecurityGroups/read",
  "Microsoft.Network/networkSecurityGroups/write",
  "Microsoft.Network/networkSecurityGroups/join/action",
  "Microsoft.Network/networkSecurityGroups/securityRules/read",
  "Microsoft.Network/networkSecurityGroups/securityRules/delete",
  "Microsoft.Network/networkInterfaces/read",
  "Microsoft.Network/networkInterfaces/write",
  "Microsoft.Storage/storageAccounts/read",
  "Microsoft.Storage/storageAccounts/write",
  "Microsoft.Compute/virtualMachines/read",
  "Microsoft.Compute/disks/read",
  "Microsoft.Compute/disks/beginGetAccess/action",
  "Microsoft.Compute/snapshots/read",
  "Microsoft.Compute/snapshots/write",
];

/** A name-based GUID (SHA-1, RFC 4122 v5 layout) for resources whose id must be known before they exist. */
export function guidOf(text: string): string {
  const h = createHash("sha1").update(text).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((Number.parseInt(h.slice(16, 18), 16) & 0x3f) | 0x80).toString(16)}${h.slice(18, 20)}-${h.slice(20, 32)}`;
}

export interface AzureResponseArgs {
  config: LandingZoneConfig;
  providers: Record<string, Provider>;
  /** The management workspace (function logs and the failure alert's query run there). */
  workspaceId: pulumi.Input<string>;
  /** The security action group the failure alert notifies. */
  actionGroupId: pulumi.Input<string>;
  /** Where the custom role is defined and assigned (the intermediate root management group). */
  rootScope: pulumi.Input<string>;
  /** `@palisade/respond`'s bundled Azure function (dist/functions/azure/index.js). */
  bundle: pulumi.asset.Asset;
}

/**
 * Automated response on Azure: the `@palisade/respond` Azure runbooks as a Linux Function App in the management
 * subscription, run from a package in a locked-down storage account and acting with a user-assigned identity that holds
 * only a custom least-privilege role at the intermediate root. Each subscription's Event Grid system topic routes the
 * successful writes the runbooks answer to it, with retries and a dead-letter container; failed runs raise an alert.
 */
export class AzureResponse extends pulumi.ComponentResource {
  readonly functionAppId: pulumi.Output<string>;

  constructor(name: string, args: AzureResponseArgs, opts?: pulumi.ComponentResourceOptions) {
    super("palisade:azure:Response", name, {}, opts);
    const { config } = args;
    const mgmt = subscriptionIn(config, "management");
    const inMgmt = { parent: this, provider: args.providers[mgmt.name] };
    const location = config.defaultLocation;
    const tags = tagsOf(config, { purpose: "automated-response" });
    const modes = Object.fromEntries(Object.entries(config.respond.runbooks).filter(([, m]) => m !== "off"));

    const rg = new ResourceGroup("respond-rg", { resourceGroupName: `${config.prefix}-respond`, location, tags }, inMgmt);
    const identity = new UserAssignedIdentity(
      "respond-identity",
      { resourceName: `${config.prefix}-respond`, resourceGroupName: rg.name, location, tags },
      inMgmt,
    );

    const storage = new StorageAccount(
      "respond-storage",
      {
        accountName: storageAccountName(config, "resp"),
        resourceGroupName: rg.name,
        location,
        kind: "StorageV2",
        sku: { name: "Standard_ZRS" },
        enableHttpsTrafficOnly: true,
        minimumTlsVersion: "TLS1_2",
        allowBlobPublicAccess: false,
        allowSharedKeyAccess: false,
        allowCrossTenantReplication: false,
        defaultToOAuthAuthentication: true,
        // The Functions host and Event Grid dead-lettering reach it as trusted Azure services.
        publicNetworkAccess: "Enabled",
        networkRuleSet: { defaultAction: "Deny", bypass: "AzureServices" },
        encryption: {
          keySource: "Microsoft.Storage",
          requireInfrastructureEncryption: true,
          services: { blob: { enabled: true, keyType: "Account" }, file: { enabled: true, keyType: "Account" } },
        },
        tags,
      },
      inMgmt,
    );
    const packages = new BlobContainer(
      "respond-packages",
      { accountName: storage.name, resourceGroupName: rg.name, containerName: "packages", publicAccess: "None" },
      inMgmt,
    );
    const deadLetters = new BlobContainer(
      "respond-dead-letters",
      { accountName: storage.name, resourceGroupName: rg.name, containerName: "dead-letters", publicAccess: "None" },
      inMgmt,
    );
    // The Functions (v4 host, Node.js) package: the bundle plus one function.json per trigger.
    const pkg = new Blob(
      "respond-package",
      {
        accountName: storage.name,
        resourceGroupName: rg.name,
        containerName: packages.name,
        blobName: "respond.zip",
        type: "Block",
        source: new pulumi.asset.AssetArchive({
          "host.json": new pulumi.asset.StringAsset(
            JSON.stringify({
              version: "2.0",
              extensionBundle: { id: "Microsoft.Azure.Functions.ExtensionBundle", version: "[4.*, 5.0.0)" },
            }),
          ),
          "dist/index.js": args.bundle,
          "respond-eventgrid/function.json": new pulumi.asset.StringAsset(
            JSON.stringify({
              bindings: [{ type: "eventGridTrigger", name: "event", direction: "in" }],
              scriptFile: "../dist/index.js",
              entryPoint: "eventGridTrigger",
            }),
          ),
        }),
      },
      inMgmt,
    );
    const blobReader = new RoleAssignment(
      "respond-storage-access",
      {
        principalId: identity.principalId,
        principalType: "ServicePrincipal",
        // Storage Blob Data Owner: the Functions host keeps its leases and the package in this account.
        roleDefinitionId: pulumi.interpolate`/subscriptions/${mgmt.id}/providers/Microsoft.Authorization/roleDefinitions/b7e6dc6d-f1e8-4753-8033-0f276bb0955b`,
        scope: storage.id,
      },
      inMgmt,
    );

    const plan = new AppServicePlan(
      "respond-plan",
      {
        name: `${config.prefix}-respond`,
        resourceGroupName: rg.name,
        location,
        kind: "functionapp",
        reserved: true,
        sku: { name: "Y1", tier: "Dynamic" },
        tags,
      },
      inMgmt,
    );
    const app = new WebApp(
      "respond-function-app",
      {
        name: `${config.prefix}-respond-${storageAccountName(config, "").slice(-6)}`,
        resourceGroupName: rg.name,
        location,
        kind: "functionapp,linux",
        serverFarmId: plan.id,
        httpsOnly: true,
        identity: { type: "UserAssigned", userAssignedIdentities: [identity.id] },
        keyVaultReferenceIdentity: identity.id,
        siteConfig: {
          linuxFxVersion: "Node|20",
          ftpsState: "Disabled",
          minTlsVersion: "1.2",
          http20Enabled: true,
          remoteDebuggingEnabled: false,
        },
        tags,
      },
      { ...inMgmt, dependsOn: [blobReader] },
    );
    this.functionAppId = app.id;
    // Settings carry outputs (identity, storage): kept apart so siteConfig stays known and checkable at preview.
    new WebAppApplicationSettings(
      "respond-app-settings",
      {
        name: app.name,
        resourceGroupName: rg.name,
        properties: Object.fromEntries(
          (
            [
              { name: "FUNCTIONS_EXTENSION_VERSION", value: "~4" },
              { name: "FUNCTIONS_WORKER_RUNTIME", value: "node" },
              { name: "AzureWebJobsStorage__accountName", value: storage.name },
              { name: "AzureWebJobsStorage__credential", value: "managedidentity" },
              { name: "AzureWebJobsStorage__clientId", value: identity.clientId },
              { name: "AZURE_CLIENT_ID", value: identity.clientId },
              { name: "WEBSITE_RUN_FROM_PACKAGE", value: pulumi.interpolate`${storage.primaryEndpoints.blob}${packages.name}/${pkg.name}` },
              { name: "WEBSITE_RUN_FROM_PACKAGE_BLOB_MI_RESOURCE_ID", value: identity.id },
              {
                name: "PALISADE_RESPOND_RUNBOOKS",
                value: Object.entries(modes)
                  .map(([id, m]) => `${id}=${m}`)
                  .join(","),
              },
              {
                name: "PALISADE_RESPOND_EXCLUSIONS",
                value: JSON.stringify({
                  tags: config.respond.exclusions.tags,
                  subscriptions: config.respond.exclusions.subscriptions,
                  principals: config.respond.breakGlassPrincipals,
                }),
              },
            ] as Array<{ name: string; value: pulumi.Input<string> }>
          ).map((x) => [x.name, x.value]),
        ),
      },
      inMgmt,
    );
    new WebAppFtpAllowed("respond-no-ftp-basic-auth", { name: app.name, resourceGroupName: rg.name, allow: false }, inMgmt);
    new WebAppScmAllowed("respond-no-scm-basic-auth", { name: app.name, resourceGroupName: rg.name, allow: false }, inMgmt);
    // No HTTP endpoint is meant to be called: everything but the Event Grid webhook answers 401.
    new WebAppAuthSettingsV2(
      "respond-auth",
      {
        name: app.name,
        resourceGroupName: rg.name,
        platform: { enabled: true },
        globalValidation: {
          requireAuthentication: true,
          unauthenticatedClientAction: "Return401",
          excludedPaths: ["/runtime/webhooks/eventgrid"],
        },
      },
      inMgmt,
    );
    new DiagnosticSetting(
      "respond-diagnostics",
      {
        name: "to-management-workspace",
        resourceUri: app.id,
        workspaceId: args.workspaceId,
        logs: [{ category: "FunctionAppLogs", enabled: true }],
      },
      inMgmt,
    );
    // A failed runbook writes a record with outcome "failed" and the run fails: both land in FunctionAppLogs.
    new ScheduledQueryRule(
      "respond-failures",
      {
        ruleName: `${config.prefix}-respond-failures`,
        resourceGroupName: rg.name,
        location,
        description: "A Palisade response runbook failed (403, 404, throttling after retries, or an error): see its record",
        severity: 1,
        enabled: true,
        scopes: [args.workspaceId],
        evaluationFrequency: "PT5M",
        windowSize: "PT5M",
        criteria: {
          allOf: [
            {
              query:
                'FunctionAppLogs | where Category startswith "Function.respond" and (Level == "Error" or Message has "\\"outcome\\":\\"failed\\"")',
              timeAggregation: "Count",
              operator: "GreaterThan",
              threshold: 0,
              failingPeriods: { numberOfEvaluationPeriods: 1, minFailingPeriodsToAlert: 1 },
            },
          ],
        },
        actions: { actionGroups: [args.actionGroupId] },
        tags,
      },
      inMgmt,
    );

    // Least privilege at the intermediate root: a custom role with exactly the runbooks' operations.
    // A deterministic role id, so the assignment's roleDefinitionId is known (and checkable) at preview.
    const roleGuid = guidOf(`${config.tenantRootGroupId}/${config.prefix}/palisade-respond`);
    const role = new RoleDefinition(
      "respond-role",
      {
        roleDefinitionId: roleGuid,
        roleName: `${config.prefix} Palisade automated response`,
        description: "Reads and remediates what the Palisade response runbooks act on; never deletes data",
        scope: args.rootScope,
        assignableScopes: [args.rootScope],
        permissions: [{ actions: RESPOND_ROLE_ACTIONS, notActions: [] }],
      },
      { parent: this },
    );
    new RoleAssignment(
      "respond-role-assignment",
      {
        principalId: identity.principalId,
        principalType: "ServicePrincipal",
        roleDefinitionId: pulumi.interpolate`${args.rootScope}/providers/Microsoft.Authorization/roleDefinitions/${roleGuid}`,
        scope: args.rootScope,
      },
      { parent: this, dependsOn: [role] },
    );

    // Triggers: every subscription's Azure Resource Manager events, filtered to the operations the enabled runbooks answer.
    const operations = Object.keys(modes).flatMap((id) => RESPOND_OPERATIONS[id] ?? []);
    if (operations.length > 0) {
      for (const [sub, s] of Object.entries(config.subscriptions)) {
        if (config.respond.exclusions.subscriptions.includes(s.id)) continue;
        // A subscription's system topic lives in that subscription.
        const inSub = { parent: this, provider: args.providers[sub] };
        const eventsRg = new ResourceGroup(
          `respond-events-rg-${sub}`,
          { resourceGroupName: `${config.prefix}-respond-events`, location, tags },
          inSub,
        );
        const topic = new SystemTopic(
          `respond-topic-${sub}`,
          {
            systemTopicName: `${config.prefix}-arm-${sub}`,
            resourceGroupName: eventsRg.name,
            location: "global",
            source: `/subscriptions/${s.id}`,
            topicType: "Microsoft.Resources.Subscriptions",
            tags,
          },
          inSub,
        );
        new SystemTopicEventSubscription(
          `respond-subscription-${sub}`,
          {
            eventSubscriptionName: "palisade-respond",
            systemTopicName: topic.name,
            resourceGroupName: eventsRg.name,
            destination: {
              endpointType: "AzureFunction",
              resourceId: pulumi.interpolate`${app.id}/functions/respond-eventgrid`,
              maxEventsPerBatch: 1,
            },
            filter: {
              includedEventTypes: ["Microsoft.Resources.ResourceWriteSuccess"],
              advancedFilters: [{ operatorType: "StringIn", key: "data.operationName", values: operations }],
            },
            retryPolicy: { maxDeliveryAttempts: 10, eventTimeToLiveInMinutes: 1440 },
            deadLetterDestination: { endpointType: "StorageBlob", resourceId: storage.id, blobContainerName: deadLetters.name },
          },
          inSub,
        );
      }
    }
    this.registerOutputs({ functionAppId: this.functionAppId });
  }
}
