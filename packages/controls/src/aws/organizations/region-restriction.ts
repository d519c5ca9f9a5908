import type { StackResource } from "../../model/control";
import { defineControl } from "../../model/control";
import type { StackView } from "../../model/stack-view";
import { containsUnknown, peek } from "../../model/unknowns";
import { cannotEvaluate, fail, notApplicable, pass, type Verdict } from "../../model/verdict";
import { isDeny, listOf, ORG_POLICY, onlyExemptionConditions, statementsOf } from "./org-policies";

/**
 * Services whose control plane is global (or lives in us-east-1 for everyone): denying them outside the
 * allowed regions would break IAM, billing, support, DNS and CloudFront for every account.
 */
export const GLOBAL_SERVICE_ACTIONS = [
  "account:*",
  "aws-portal:*",
  "billing:*",
  "budgets:*",
  "ce:*",
  "chatbot:*",
  "cloudfront:*",
  "cloudtrail:LookupEvents",
  "consolidatedbilling:*",
  "cur:*",
  "directconnect:*",
  "ec2:DescribeRegions",
  "freetier:*",
  "globalaccelerator:*",
  "health:*",
  "iam:*",
  "invoicing:*",
  "networkmanager:*",
  "notifications:*",
  "notifications-contacts:*",
  "organizations:*",
  "payments:*",
  "pricing:*",
  "resource-explorer-2:*",
  "route53:*",
  "route53domains:*",
  "s3:GetAccountPublicAccessBlock",
  "s3:GetBucketLocation",
  "s3:ListAllMyBuckets",
  "s3:PutAccountPublicAccessBlock",
  "shield:*",
  "sso:*",
  "sts:*",
  "support:*",
  "supportapp:*",
  "supportplans:*",
  "tag:GetResources",
  "tax:*",
  "trustedadvisor:*",
  "waf:*",
] as const;

const PROVIDER = "pulumi:providers:aws";

/** Regions a region-restriction SCP statement allows: the values of its StringNotEquals aws:RequestedRegion. */
function regionsOfStatement(s: Record<string, unknown>): string[] | undefined {
  if (!isDeny(s) || s.NotAction === undefined) return undefined;
  let regions: string[] | undefined;
  const ok = onlyExemptionConditions(s, (operator, key, value) => {
    if (operator === "stringnotequals" && key === "aws:requestedregion") {
      regions = listOf(value).filter((v): v is string => typeof v === "string");
      return true;
    }
    return false;
  });
  return ok ? regions : undefined;
}

/** The allowed regions the stack's own region-restriction SCPs declare (intersection when several). */
function regionsFromStack(stack: StackView): { regions?: string[]; unknown?: string } {
  let regions: string[] | undefined;
  for (const policy of stack.ofType([ORG_POLICY])) {
    const type = peek(policy.props, "type");
    const content = peek(policy.props, "content");
    if (!type.known) return { unknown: `${policy.name}.type` };
    if ((type.value ?? "SERVICE_CONTROL_POLICY") !== "SERVICE_CONTROL_POLICY") continue;
    if (!content.known || containsUnknown(content.value)) return { unknown: `${policy.name}.content` };
    for (const s of statementsOf(content.value) ?? []) {
      const allowed = regionsOfStatement(s);
      if (allowed) regions = regions ? regions.filter((r) => allowed.includes(r)) : allowed;
    }
  }
  return { regions };
}

function regionCheck(stack: StackView, configured: unknown): Verdict & { subjectUrn?: string } {
  let allowed = listOf(configured).filter((r): r is string => typeof r === "string");
  if (allowed.length === 0) {
    const declared = regionsFromStack(stack);
    if (declared.unknown) return cannotEvaluate(declared.unknown, `${declared.unknown} is unknown and may declare the allowed regions`);
    if (!declared.regions) return notApplicable("no allowedRegions configured and the stack declares no region-restriction SCP");
    allowed = declared.regions;
  }
  // Explicit providers carry the region; since @pulumi/aws v7 any regional resource may override it.
  const subjects: StackResource[] = stack.resources.filter((r) => r.type === PROVIDER || r.type.startsWith("aws:"));
  const outside: StackResource[] = [];
  let undecided: string | undefined;
  for (const r of subjects) {
    const region = peek(r.props, "region");
    if (!region.known) {
      undecided ??= `${r.name}.region`;
      continue;
    }
    if (region.value === undefined || region.value === null) {
      if (r.type === PROVIDER) undecided ??= `${r.name}.region`;
      continue;
    }
    if (typeof region.value !== "string" || !allowed.includes(region.value)) outside.push(r);
  }
  if (outside.length > 0) {
    const list = outside.map((r) => `${r.name} (${JSON.stringify(peek(r.props, "region").known ? r.props.region : "?")})`);
    return {
      ...fail("region", `${list.join(", ")} ${outside.length === 1 ? "is" : "are"} outside the allowed regions ${allowed.join(", ")}`),
      subjectUrn: outside[0].urn,
    };
  }
  if (undecided) return cannotEvaluate(undecided, `${undecided} is unknown (a provider without a region takes it from the environment)`);
  if (subjects.length === 0) return notApplicable("the stack has no explicit AWS provider or regional resource");
  return pass();
}

export const regionRestriction = defineControl({
  id: "aws-organizations-region-restriction",
  title: "Resources are deployed only in the allowed regions",
  rationale:
    "Resources in regions nobody watches escape monitoring, data-residency commitments and incident response; attackers favour unused regions for crypto-mining and persistence.",
  severity: "high",
  cloud: "aws",
  service: "organizations",
  resourceTypes: [ORG_POLICY],
  frameworks: {
    "cis-aws-7.0": ["2.1.2"],
    "nist-800-53-r5": ["CM-7", "CM-6", "AC-3"],
    soc2: ["CC6.1", "CC8.1"],
    "iso27001-2022": ["A.8.9", "A.5.23"],
  },
  remediation:
    "Deploy only to the allowed regions (set the provider's region, or a resource's region, to one of them); the landing zone's SCP denies regional actions elsewhere.",
  enforcementLevel: "mandatory",
  tags: ["organization", "guardrail", "data-residency"],
  configSchema: {
    allowedRegions: {
      type: "array",
      items: { type: "string", pattern: "^[a-z]{2}(-[a-z]+)+-\\d$" },
      default: [],
      description:
        "Regions resources may be deployed to. Empty: the regions declared by the stack's own region-restriction SCP; with neither, the control does not apply.",
    },
  },
  stackCheck: (stack, ctx) => regionCheck(stack, ctx.settings.allowedRegions),
  preventive: [
    {
      kind: "aws-scp",
      statements: (params) => [
        {
          Sid: "DenyOutsideAllowedRegions",
          Effect: "Deny",
          NotAction: [...GLOBAL_SERVICE_ACTIONS],
          Resource: "*",
          Condition: { StringNotEquals: { "aws:RequestedRegion": [...params.allowedRegions] } },
        },
      ],
    },
  ],
  examples: {
    compliant: [
      [
        { type: PROVIDER, name: "workloads-eu", props: { region: "eu-west-1" } },
        {
          type: ORG_POLICY,
          name: "guardrails",
          props: {
            content: JSON.stringify({
              Version: "2012-10-17",
              Statement: [
                {
                  Sid: "DenyOutsideAllowedRegions",
                  Effect: "Deny",
                  NotAction: ["iam:*", "sts:*"],
                  Resource: "*",
                  Condition: { StringNotEquals: { "aws:RequestedRegion": ["eu-west-1", "eu-central-1"] } },
                },
              ],
            }),
          },
        },
        { type: "aws:s3/bucket:Bucket", name: "replica", props: { region: "eu-central-1" } },
      ],
    ],
    nonCompliant: [
      [
        { type: PROVIDER, name: "workloads-us", props: { region: "us-west-2" } },
        {
          type: ORG_POLICY,
          name: "guardrails",
          props: {
            content: JSON.stringify({
              Version: "2012-10-17",
              Statement: [
                {
                  Sid: "DenyOutsideAllowedRegions",
                  Effect: "Deny",
                  NotAction: ["iam:*"],
                  Resource: "*",
                  Condition: { StringNotEquals: { "aws:RequestedRegion": "eu-west-1" } },
                },
              ],
            }),
          },
        },
      ],
      [
        { type: PROVIDER, name: "home", props: { region: "eu-west-1" } },
        {
          type: ORG_POLICY,
          name: "guardrails",
          props: {
            content: JSON.stringify({
              Version: "2012-10-17",
              Statement: [
                {
                  Sid: "DenyOutsideAllowedRegions",
                  Effect: "Deny",
                  NotAction: ["iam:*"],
                  Resource: "*",
                  Condition: { StringNotEquals: { "aws:RequestedRegion": "eu-west-1" } },
                },
              ],
            }),
          },
        },
        { type: "aws:s3/bucket:Bucket", name: "copy", props: { region: "ap-southeast-2" } },
      ],
    ],
  },
});
