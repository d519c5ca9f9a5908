import { defineControl } from "../../model/control";
import { LOCAL_AUTH, settingControl } from "../../shared/azure-setting";

export const synapseEntraOnlyAuthentication = defineControl(
  settingControl({
    id: "azure-synapse-entra-only-authentication",
    service: "synapse",
    noun: "Synapse workspaces",
    title: "Synapse workspaces accept only Entra ID authentication",
    rationale:
      "SQL authentication gives the workspace a password-based administrator outside Entra ID: no MFA, no conditional access, and a secret to leak; Entra-only authentication removes it.",
    resourceTypes: ["azure-native:synapse:Workspace"],
    path: "azureADOnlyAuthentication",
    ok: (v) => v === true,
    unset: { passes: false, meaning: "false: SQL logins are accepted" },
    want: "set it to true and drop sqlAdministratorLoginPassword",
    good: [true],
    bad: [false],
    remediation:
      "Set azureADOnlyAuthentication: true, name an Entra administrator (synapse.WorkspaceAadAdmin) and drop sqlAdministratorLoginPassword.",
    tags: ["identity", "credentials", "database"],
    policy: { armType: "Microsoft.Synapse/workspaces", alias: "Microsoft.Synapse/workspaces/azureADOnlyAuthentication" },
    nonCompliantWhen: { field: "Microsoft.Synapse/workspaces/azureADOnlyAuthentication", notEquals: "true" },
    base: { resourceGroupName: "rg", identity: { type: "SystemAssigned" }, managedVirtualNetwork: "default" },
    frameworks: LOCAL_AUTH,
  }),
);
