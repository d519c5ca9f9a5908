import { defineControl } from "../../model/control";
import { fail, notApplicable, pass } from "../../model/verdict";
import { entryOf, objectOf, oneOf } from "../../shared/azure";

const DEFAULT_TAG = "data-classification";
const DEFAULT_VALUES = ["confidential", "restricted"];
const GEO = ["Standard_GRS", "Standard_RAGRS", "Standard_GZRS", "Standard_RAGZRS"];

/** CIS asks for geo-redundancy on critical storage; which accounts are critical is a setting (a classification tag). */
export const storageGeoRedundancy = defineControl({
  id: "azure-storage-geo-redundancy",
  title: "Storage accounts holding critical data are geo-redundant",
  rationale: "Locally or zone-redundant storage does not survive the loss of a region; critical data needs a copy in the paired region.",
  severity: "low",
  cloud: "azure",
  service: "storage",
  resourceTypes: ["azure-native:storage:StorageAccount"],
  frameworks: {
    "cis-azure-6.0": ["9.3.11"],
    "nist-800-53-r5": ["CP-6(1)", "CP-9", "CP-10"],
    soc2: ["A1.2"],
    "iso27001-2022": ["A.8.13", "A.8.14"],
    hipaa: ["164.308(a)(7)(ii)(B)"],
  },
  remediation: 'Set sku.name to a geo-redundant SKU ("Standard_GZRS", "Standard_RAGZRS", "Standard_GRS" or "Standard_RAGRS").',
  enforcementLevel: "advisory",
  tags: ["resilience"],
  configSchema: {
    classificationTag: {
      type: "string",
      minLength: 1,
      default: DEFAULT_TAG,
      description: "Tag whose value classifies the data an account holds.",
    },
    criticalValues: {
      type: "array",
      items: { type: "string", minLength: 1 },
      default: DEFAULT_VALUES,
      description: "Values of the classification tag that make an account critical (case-insensitive).",
    },
  },
  check: (r, ctx) => {
    const tag =
      typeof ctx.settings.classificationTag === "string" && ctx.settings.classificationTag ? ctx.settings.classificationTag : DEFAULT_TAG;
    const critical =
      Array.isArray(ctx.settings.criticalValues) && ctx.settings.criticalValues.length > 0 ? ctx.settings.criticalValues : DEFAULT_VALUES;
    const value = entryOf(r.props.tags, tag);
    if (!oneOf(value, critical)) return notApplicable(`tags.${tag} is not one of ${critical.join(", ")}`);
    const sku = objectOf(r.props.sku)?.name;
    return oneOf(sku, GEO)
      ? pass()
      : fail(
          "sku.name",
          `the account is tagged ${tag}=${JSON.stringify(value)} but sku.name is ${JSON.stringify(sku ?? "unset")}; use a geo-redundant SKU such as "Standard_GZRS"`,
        );
  },
  examples: {
    compliant: [
      [
        {
          type: "azure-native:storage:StorageAccount",
          props: { sku: { name: "Standard_GZRS" }, tags: { "data-classification": "confidential" } },
        },
      ],
      [
        {
          type: "azure-native:storage:StorageAccount",
          props: { sku: { name: "Standard_LRS" }, tags: { "data-classification": "internal" } },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "azure-native:storage:StorageAccount",
          props: { sku: { name: "Standard_ZRS" }, tags: { "data-classification": "restricted" } },
        },
      ],
    ],
  },
});
