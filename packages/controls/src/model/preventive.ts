/**
 * Preventive forms: what the landing zones deploy so that a control is enforced by the cloud itself, not
 * only at preview. The landing zones collect these from the controls; nothing is written twice.
 */

/** An IAM policy statement as it appears in an SCP or RCP document. */
export interface IamStatement {
  Sid: string;
  Effect: "Allow" | "Deny";
  Action?: string | string[];
  NotAction?: string | string[];
  Resource?: string | string[];
  NotResource?: string | string[];
  Principal?: "*" | Record<string, string | string[]>;
  Condition?: Record<string, Record<string, string | string[] | boolean>>;
}

/** Organisation facts the AWS statements are parameterised by (from the landing zone's config). */
export interface AwsGuardrailParams {
  organizationId: string;
  allowedRegions: readonly string[];
  /** Role name patterns of the landing zone's own roles, protected from change. */
  protectedRoleNames: readonly string[];
  /**
   * The role the landing zone's automation assumes in member accounts (default `OrganizationAccountAccessRole`):
   * statements that protect what the landing zone itself configures exempt it, so the landing zone can still
   * update what it owns.
   */
  automationRoleName?: string;
}

/** An Azure Policy definition's body (`properties` of Microsoft.Authorization/policyDefinitions). */
export interface AzurePolicyDefinitionBody {
  displayName: string;
  description: string;
  mode: "All" | "Indexed";
  // biome-ignore lint/suspicious/noExplicitAny: Azure Policy rule language
  policyRule: Record<string, any>;
  parameters?: Record<
    string,
    { type: string; defaultValue?: unknown; allowedValues?: unknown[]; metadata?: { displayName: string; description?: string } }
  >;
}

export interface AzurePolicyParams {
  allowedLocations: readonly string[];
  requiredTags: readonly string[];
}

export type PreventiveForm =
  | {
      kind: "aws-scp";
      /** Where it applies: every OU, or only the Suspended OU (quarantine). */
      scope?: "organization" | "suspended";
      statements: (params: AwsGuardrailParams) => IamStatement[];
    }
  | { kind: "aws-rcp"; statements: (params: AwsGuardrailParams) => IamStatement[] }
  | { kind: "azure-policy"; name: string; definition: (params: AzurePolicyParams) => AzurePolicyDefinitionBody }
  | { kind: "gcp-org-policy"; constraint: string; constraintType: "boolean"; enforce: true }
  | {
      kind: "gcp-org-policy";
      constraint: string;
      constraintType: "list";
      /** Values from the landing-zone config (e.g. allowed domains) are filled in by the stack. */
      list: { allowedValues?: readonly string[]; deniedValues?: readonly string[]; denyAll?: boolean; fromConfig?: string };
    }
  | {
      kind: "gcp-custom-constraint";
      /** `custom.<name>` */
      name: string;
      resourceTypes: readonly string[];
      methodTypes: ReadonlyArray<"CREATE" | "UPDATE">;
      /** CEL over the resource, true when the request must be acted on. */
      condition: string;
      actionType: "DENY" | "ALLOW";
      displayName: string;
    };
