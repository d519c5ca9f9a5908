import * as account from "@pulumi/aws/account";
import * as organizations from "@pulumi/aws/organizations";
import { Provider } from "@pulumi/aws/provider";
import * as pulumi from "@pulumi/pulumi";
import type { CoreAccountKey, LandingZoneConfig, OuPath } from "../config";
import { defaultTags } from "../conventions";

/**
 * The organisation, its OU tree and its accounts, each with a provider that acts inside it. The
 * organisation already exists (it is the management account's): the stack adopts it with `pulumi
 * import`, which is why its id comes from config.
 */

/** Service principals trusted to act across the organisation (trusted access). */
export const TRUSTED_SERVICES = [
  "access-analyzer.amazonaws.com",
  "account.amazonaws.com",
  "cloudtrail.amazonaws.com",
  "config-multiaccountsetup.amazonaws.com",
  "config.amazonaws.com",
  "guardduty.amazonaws.com",
  "malware-protection.guardduty.amazonaws.com",
  "ram.amazonaws.com",
  "securityhub.amazonaws.com",
  "sso.amazonaws.com",
] as const;

/** Services whose organisation-wide administration is delegated to the audit account. */
const DELEGATED_TO_AUDIT = ["access-analyzer.amazonaws.com", "config.amazonaws.com"] as const;

const CORE_OU: Record<CoreAccountKey, OuPath> = {
  logArchive: "Security",
  audit: "Security",
  network: "Infrastructure",
  sharedServices: "Infrastructure",
};

export interface LandingZoneAccount {
  /** Account name from config (`log-archive`, `payments-prod`, …), or `management`. */
  name: string;
  role: "management" | CoreAccountKey | "workload";
  ou?: OuPath;
  /** From config when the account exists already, else the new account's id (known after creation). */
  id: pulumi.Output<string>;
  /** Acts in the account in the home region; regional resources set their own `region`. */
  provider: Provider;
}

export interface OrganizationArgs {
  config: LandingZoneConfig;
  /** The management account's provider (the stack's own credentials). */
  management: Provider;
}

export class LandingZoneOrganization extends pulumi.ComponentResource {
  readonly organization: organizations.Organization;
  readonly rootId: pulumi.Output<string>;
  readonly ous: Record<OuPath, organizations.OrganizationalUnit>;
  readonly accounts: LandingZoneAccount[];
  /** Delegated administration of services to the audit account: their organisation-wide resources wait for it. */
  readonly delegations: organizations.DelegatedAdministrator[] = [];

  constructor(name: string, args: OrganizationArgs, opts?: pulumi.ComponentResourceOptions) {
    super("palisade:aws:Organization", name, {}, opts);
    const { config } = args;
    const mgmt = { parent: this, provider: args.management };

    this.organization = new organizations.Organization(
      "organization",
      {
        featureSet: "ALL",
        awsServiceAccessPrincipals: [...TRUSTED_SERVICES],
        enabledPolicyTypes: ["SERVICE_CONTROL_POLICY", "RESOURCE_CONTROL_POLICY", "TAG_POLICY"],
      },
      // Deleting the resource would delete the organisation: never.
      { ...mgmt, protect: true },
    );
    this.rootId = this.organization.roots.apply((roots) => roots[0].id);

    const ou = (ouName: string, parentId: pulumi.Input<string>) =>
      new organizations.OrganizationalUnit(`ou-${ouName.toLowerCase()}`, { name: ouName, parentId, tags: defaultTags(config) }, mgmt);
    const workloads = ou("Workloads", this.rootId);
    this.ous = {
      Security: ou("Security", this.rootId),
      Infrastructure: ou("Infrastructure", this.rootId),
      Workloads: workloads,
      "Workloads/Prod": ou("Prod", workloads.id),
      "Workloads/NonProd": ou("NonProd", workloads.id),
      Sandbox: ou("Sandbox", this.rootId),
      Suspended: ou("Suspended", this.rootId),
      "Policy-Staging": ou("Policy-Staging", this.rootId),
    };

    this.accounts = [
      {
        name: "management",
        role: "management",
        id: pulumi.output(config.organization.managementAccountId),
        provider: args.management,
      },
    ];
    const vend = (role: LandingZoneAccount["role"], a: { name: string; email: string; id?: string }, ouPath: OuPath) => {
      const created = new organizations.Account(
        `account-${a.name}`,
        {
          name: a.name,
          email: a.email,
          parentId: this.ous[ouPath].id,
          roleName: config.organization.automationRoleName,
          iamUserAccessToBilling: "DENY",
          // Closing an account is a decision for people, not a side effect of a config change.
          closeOnDeletion: false,
          tags: { ...defaultTags(config), "palisade:account-role": role },
        },
        // An email or name change would replace (close) the account: keep it.
        { ...mgmt, protect: true, ignoreChanges: ["roleName", "iamUserAccessToBilling"] },
      );
      const id = a.id ? pulumi.output(a.id) : created.id;
      const provider = new Provider(
        `provider-${a.name}`,
        {
          region: config.homeRegion,
          allowedAccountIds: [id],
          assumeRoles: [
            {
              roleArn: pulumi.interpolate`arn:aws:iam::${id}:role/${config.organization.automationRoleName}`,
              sessionName: "palisade-landing-zone",
            },
          ],
          defaultTags: { tags: defaultTags(config) },
        },
        { parent: this },
      );
      this.accounts.push({ name: a.name, role, ou: ouPath, id, provider });
    };
    for (const key of Object.keys(CORE_OU) as CoreAccountKey[]) vend(key, config.accounts.core[key], CORE_OU[key]);
    for (const w of config.accounts.workloads) vend("workload", w, w.ou);

    const audit = this.account("audit");
    for (const servicePrincipal of DELEGATED_TO_AUDIT) {
      const delegation = new organizations.DelegatedAdministrator(
        `delegated-${servicePrincipal.split(".")[0]}`,
        { accountId: audit.id, servicePrincipal },
        { ...mgmt, dependsOn: [this.organization] },
      );
      this.delegations.push(delegation);
    }

    // CIS: every account names a security contact; set centrally through the Account Management API.
    if (config.securityContact) {
      const c = config.securityContact;
      for (const a of this.accounts) {
        new account.AlternativeContact(
          `security-contact-${a.name}`,
          {
            // The management account sets its own contact without naming itself.
            ...(a.role === "management" ? {} : { accountId: a.id }),
            alternateContactType: "SECURITY",
            name: c.name,
            title: c.title,
            emailAddress: c.email,
            phoneNumber: c.phone,
          },
          { ...mgmt, dependsOn: [this.organization] },
        );
      }
    }
    this.registerOutputs({ rootId: this.rootId });
  }

  account(role: CoreAccountKey): LandingZoneAccount {
    const found = this.accounts.find((a) => a.role === role);
    if (!found) throw new Error(`no ${role} account`);
    return found;
  }
}
