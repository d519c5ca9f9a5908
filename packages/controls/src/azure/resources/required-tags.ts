import { defineControl } from "../../model/control";
import { peek } from "../../model/unknowns";
import { fail, pass } from "../../model/verdict";
import { objectOf } from "../../shared/azure";
import { azurePolicy } from "../../shared/azure-policy";
import { TRACKED_RESOURCE_TYPES } from "./taggable";

const DEFAULT_REQUIRED_TAGS = ["owner", "environment"];

/** Azure tag names are case-insensitive; a tag counts when present and not blank (an unknown value will be set). */
function present(tags: Record<string, unknown> | undefined, key: string): boolean {
  if (!tags) return false;
  const found = Object.keys(tags).find((k) => k.toLowerCase() === key.toLowerCase());
  if (found === undefined) return false;
  const v = peek(tags, found);
  return !v.known || (typeof v.value === "string" ? v.value.trim() !== "" : v.value !== undefined && v.value !== null);
}

function requiredTagsRule(tags: readonly string[]) {
  if (tags.length === 0) throw new Error("azure-resources-required-tags: the landing zone must configure at least one required tag");
  return {
    anyOf: tags.flatMap((t) => [
      { field: `tags['${t}']`, exists: "false" },
      { field: `tags['${t}']`, equals: "" },
    ]),
  };
}

export const requiredTags = defineControl({
  id: "azure-resources-required-tags",
  title: "Resources and resource groups carry the organisation's required tags",
  rationale:
    "Untagged resources have no known owner or environment: incidents cannot be routed, costs cannot be charged back and orphaned resources are never cleaned up.",
  severity: "low",
  cloud: "azure",
  service: "resources",
  resourceTypes: TRACKED_RESOURCE_TYPES,
  frameworks: {
    "nist-800-53-r5": ["CM-8(a)", "CM-8(a)(4)", "CM-8(b)"],
    soc2: ["CC2.1"],
    "iso27001-2022": ["A.5.9", "A.5.12"],
    "pci-dss-4.0": ["12.4.2.1"],
  },
  remediation: "Set the missing keys in tags (the landing zone's tag policy lists them).",
  enforcementLevel: "advisory",
  tags: ["governance", "inventory"],
  configSchema: {
    requiredTags: {
      type: "array",
      items: { type: "string", minLength: 1 },
      default: DEFAULT_REQUIRED_TAGS,
      description: "Tag names every covered resource must carry (case-insensitive, as Azure tag names are).",
    },
  },
  check: (r, ctx) => {
    const required = (Array.isArray(ctx.settings.requiredTags) ? ctx.settings.requiredTags : []).filter(
      (t: unknown): t is string => typeof t === "string" && t !== "",
    );
    if (required.length === 0) return pass();
    const tags = objectOf(r.props.tags);
    const missing = required.filter((k) => !present(tags, k));
    return missing.length === 0 ? pass() : fail("tags", `tags lack ${missing.map((k) => JSON.stringify(k)).join(", ")}; add them`);
  },
  preventive: [
    azurePolicy({
      name: "palisade-required-tags",
      displayName: "Resources must carry the required tags",
      description: "Denies resources that lack one of the organisation's required tags (Palisade control azure-resources-required-tags).",
      mode: "Indexed",
      nonCompliantWhen: (params) => requiredTagsRule(params.requiredTags),
    }),
    azurePolicy({
      name: "palisade-required-tags-resource-groups",
      displayName: "Resource groups must carry the required tags",
      description:
        "Denies resource groups that lack one of the organisation's required tags (Palisade control azure-resources-required-tags).",
      mode: "All",
      nonCompliantWhen: (params) => ({
        allOf: [{ field: "type", equals: "Microsoft.Resources/subscriptions/resourceGroups" }, requiredTagsRule(params.requiredTags)],
      }),
    }),
  ],
  examples: {
    compliant: [
      [{ type: "azure-native:storage:StorageAccount", props: { tags: { Owner: "payments", environment: "prod", "cost-center": "42" } } }],
    ],
    nonCompliant: [
      [{ type: "azure-native:keyvault:Vault", props: { properties: { tenantId: "t" } } }],
      [{ type: "azure-native:resources:ResourceGroup", props: { tags: { owner: "", environment: "prod" } } }],
    ],
  },
});
