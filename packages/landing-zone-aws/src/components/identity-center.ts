import * as identitystore from "@pulumi/aws/identitystore";
import type { Provider } from "@pulumi/aws/provider";
import * as ssoadmin from "@pulumi/aws/ssoadmin";
import * as pulumi from "@pulumi/pulumi";
import type { LandingZoneConfig, PermissionSetName } from "../config";
import type { LandingZoneAccount } from "./organization";

/** The four permission sets and the AWS-managed policies behind them. */
const PERMISSION_SETS: Record<PermissionSetName, { name: string; description: string; policies: string[] }> = {
  administrator: { name: "Administrator", description: "Full administration of the account", policies: ["AdministratorAccess"] },
  "power-user": { name: "PowerUser", description: "Everything except IAM and Organizations", policies: ["PowerUserAccess"] },
  "read-only": { name: "ReadOnly", description: "Read-only access to resources and data", policies: ["ReadOnlyAccess"] },
  // AWSSupportAccess: the security team opens AWS Support cases in incidents (CIS AWS 7.0 2.15, 3.0 1.17).
  "security-audit": {
    name: "SecurityAudit",
    description: "Security configuration review without data access; AWS Support cases",
    policies: ["SecurityAudit", "job-function/ViewOnlyAccess", "AWSSupportAccess"],
  },
};

export interface IdentityCenterArgs {
  config: LandingZoneConfig;
  management: Provider;
  /** Every account, by name, and the accounts of each OU, to expand assignments. */
  accounts: LandingZoneAccount[];
}

/**
 * People reach accounts only through IAM Identity Center: groups (from config) get permission sets in
 * the accounts of an OU or in named accounts, with short sessions for the powerful sets.
 */
export class IdentityCenter extends pulumi.ComponentResource {
  constructor(name: string, args: IdentityCenterArgs, opts?: pulumi.ComponentResourceOptions) {
    super("palisade:aws:IdentityCenter", name, {}, opts);
    const { config } = args;
    const ic = config.identityCenter;
    const opt = { parent: this, provider: args.management };

    const sets = new Map<PermissionSetName, ssoadmin.PermissionSet>();
    for (const [key, def] of Object.entries(PERMISSION_SETS) as [PermissionSetName, (typeof PERMISSION_SETS)[PermissionSetName]][]) {
      const set = new ssoadmin.PermissionSet(
        `permission-set-${key}`,
        { instanceArn: ic.instanceArn, name: def.name, description: def.description, sessionDuration: ic.sessionDurations[key] },
        opt,
      );
      for (const policy of def.policies) {
        new ssoadmin.ManagedPolicyAttachment(
          `permission-set-${key}-${policy.split("/").pop()?.toLowerCase()}`,
          { instanceArn: ic.instanceArn, permissionSetArn: set.arn, managedPolicyArn: `arn:aws:iam::aws:policy/${policy}` },
          opt,
        );
      }
      sets.set(key, set);
    }

    const groups = new Map<string, identitystore.Group>();
    for (const g of ic.groups) {
      groups.set(
        g.name,
        new identitystore.Group(
          `group-${g.name}`,
          { identityStoreId: ic.identityStoreId, displayName: g.name, description: g.description ?? g.name },
          opt,
        ),
      );
    }

    const seen = new Set<string>();
    for (const a of ic.assignments) {
      const targets = args.accounts.filter(
        (acct) =>
          (a.accounts ?? []).includes(acct.name) ||
          (a.ous ?? []).some((ou) => acct.ou !== undefined && (acct.ou === ou || acct.ou.startsWith(`${ou}/`))),
      );
      for (const target of targets) {
        const key = `${a.group}-${a.permissionSet}-${target.name}`;
        if (seen.has(key)) continue; // an account named directly and through its OU
        seen.add(key);
        new ssoadmin.AccountAssignment(
          `assignment-${key}`,
          {
            instanceArn: ic.instanceArn,
            permissionSetArn: sets.get(a.permissionSet)!.arn,
            principalType: "GROUP",
            principalId: groups.get(a.group)!.groupId,
            targetType: "AWS_ACCOUNT",
            targetId: target.id,
          },
          opt,
        );
      }
    }
    this.registerOutputs({});
  }
}
