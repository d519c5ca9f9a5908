import type { StackResource } from "../../model/control";
import { defineControl } from "../../model/control";
import type { StackView } from "../../model/stack-view";
import { peek } from "../../model/unknowns";
import { cannotEvaluate, fail, notApplicable, pass, type Verdict } from "../../model/verdict";
import { objectOf } from "../../shared/azure";
import { azurePolicy } from "../../shared/azure-policy";
import { listOf } from "../../shared/network";

const ASSIGNMENT = "azure-native:authorization:PolicyAssignment";
const PROVIDER = "pulumi:providers:azure-native";

/** "West Europe" and "westeurope" are the same region. */
export function normaliseLocation(location: string): string {
  return location.replace(/\s+/g, "").toLowerCase();
}

/** Allowed locations the stack's own policy assignments pass (intersection when several). */
function locationsFromStack(stack: StackView): { locations?: string[]; unknown?: string } {
  let locations: string[] | undefined;
  for (const a of stack.ofType([ASSIGNMENT])) {
    const params = peek(a.props, "parameters");
    if (!params.known) return { unknown: `${a.name}.parameters` };
    for (const key of ["allowedLocations", "listOfAllowedLocations"]) {
      const value = objectOf(objectOf(params.value)?.[key])?.value;
      if (value === undefined) continue;
      const list = listOf<unknown>(value);
      if (list.some((l) => typeof l !== "string")) return { unknown: `${a.name}.parameters.${key}` };
      const own = (list as string[]).map(normaliseLocation);
      locations = locations ? locations.filter((l) => own.includes(l)) : own;
    }
  }
  return { locations };
}

function locationCheck(stack: StackView, configured: unknown): Verdict & { subjectUrn?: string } {
  let allowed = listOf<unknown>(configured)
    .filter((l): l is string => typeof l === "string")
    .map(normaliseLocation);
  if (allowed.length === 0) {
    const declared = locationsFromStack(stack);
    if (declared.unknown) return cannotEvaluate(declared.unknown, `${declared.unknown} is unknown and may declare the allowed locations`);
    if (!declared.locations) return notApplicable("no allowedLocations configured and the stack assigns no allowed-locations policy");
    allowed = declared.locations;
  }
  const outside: { r: StackResource; location: string }[] = [];
  let undecided: string | undefined;
  let subjects = 0;
  for (const r of stack.resources) {
    if (!r.type.startsWith("azure-native:") && r.type !== PROVIDER) continue;
    const location = peek(r.props, "location");
    if (!location.known) {
      undecided ??= `${r.name}.location`;
      continue;
    }
    if (typeof location.value !== "string" || location.value === "") continue; // inherits the provider's or resource group's
    subjects++;
    const l = normaliseLocation(location.value);
    if (l !== "global" && !allowed.includes(l)) outside.push({ r, location: location.value });
  }
  if (outside.length > 0) {
    const list = outside.map((o) => `${o.r.name} (${JSON.stringify(o.location)})`);
    return {
      ...fail(
        "location",
        `${list.join(", ")} ${outside.length === 1 ? "is" : "are"} outside the allowed locations ${allowed.join(", ")}; move ${outside.length === 1 ? "it" : "them"}`,
      ),
      subjectUrn: outside[0].r.urn,
    };
  }
  if (undecided) return cannotEvaluate(undecided, `${undecided} is unknown`);
  if (subjects === 0) return notApplicable("no resource in the stack sets a location");
  return pass();
}

export const allowedLocations = defineControl({
  id: "azure-resources-allowed-locations",
  title: "Resources are deployed only in the allowed Azure regions",
  rationale:
    "Resources in regions nobody watches escape monitoring, data-residency commitments and the network design; a region allow-list keeps the estate where the landing zone is.",
  severity: "high",
  cloud: "azure",
  service: "resources",
  resourceTypes: [ASSIGNMENT],
  frameworks: {
    "nist-800-53-r5": ["CM-7", "CM-6", "AC-3"],
    soc2: ["CC6.1", "CC8.1"],
    "iso27001-2022": ["A.8.9", "A.5.23"],
  },
  remediation:
    "Deploy to one of the allowed locations (set location, or the azure-native provider's location); the landing zone's Allowed locations policy denies the rest.",
  enforcementLevel: "mandatory",
  tags: ["governance", "data-residency"],
  configSchema: {
    allowedLocations: {
      type: "array",
      items: { type: "string", minLength: 1 },
      default: [],
      description:
        "Azure regions resources may be deployed to. Empty: the allowedLocations the stack's own policy assignments pass; with neither, the control does not apply.",
    },
  },
  stackCheck: (stack, ctx) => locationCheck(stack, ctx.settings.allowedLocations),
  preventive: [
    azurePolicy({
      name: "palisade-allowed-locations",
      displayName: "Allowed locations",
      description:
        "Denies resources outside the allowed locations, except global resources (Palisade control azure-resources-allowed-locations).",
      mode: "Indexed",
      parameters: {
        allowedLocations: (params) => ({
          type: "Array",
          defaultValue: [...params.allowedLocations],
          metadata: { displayName: "Allowed locations", description: "Regions resources may be deployed to." },
        }),
      },
      nonCompliantWhen: {
        allOf: [
          { field: "location", notIn: "[parameters('allowedLocations')]" },
          { field: "location", notEquals: "global" },
          { field: "type", notEquals: "Microsoft.AzureActiveDirectory/b2cDirectories" },
        ],
      },
    }),
    azurePolicy({
      name: "palisade-allowed-locations-resource-groups",
      displayName: "Allowed locations for resource groups",
      description: "Denies resource groups outside the allowed locations (Palisade control azure-resources-allowed-locations).",
      mode: "All",
      parameters: {
        allowedLocations: (params) => ({
          type: "Array",
          defaultValue: [...params.allowedLocations],
          metadata: { displayName: "Allowed locations", description: "Regions resource groups may be created in." },
        }),
      },
      nonCompliantWhen: {
        allOf: [
          { field: "type", equals: "Microsoft.Resources/subscriptions/resourceGroups" },
          { field: "location", notIn: "[parameters('allowedLocations')]" },
        ],
      },
    }),
  ],
  examples: {
    compliant: [
      [
        { type: ASSIGNMENT, name: "guardrails", props: { parameters: { allowedLocations: { value: ["westeurope", "northeurope"] } } } },
        { type: "azure-native:storage:StorageAccount", name: "data", props: { location: "westeurope" } },
        { type: "azure-native:keyvault:Vault", name: "kv", props: { location: "North Europe", properties: { tenantId: "t" } } },
        { type: "azure-native:cdn:Profile", name: "fd", props: { location: "global" } },
      ],
    ],
    nonCompliant: [
      [
        { type: ASSIGNMENT, name: "guardrails", props: { parameters: { allowedLocations: { value: ["westeurope"] } } } },
        { type: "azure-native:storage:StorageAccount", name: "data", props: { location: "eastus" } },
      ],
    ],
  },
});
