import type { PreventiveForm } from "../model/preventive";

/**
 * The preventive form of an Azure control: a custom policy definition with an `effect` parameter
 * (Deny by default; the landing zone may assign it as Audit), over the condition that describes a
 * non-compliant resource. Azure Policy's rule language names its branches `if` and `then`.
 */
export function azurePolicy(spec: {
  name: string;
  displayName: string;
  description: string;
  mode?: "All" | "Indexed";
  // biome-ignore lint/suspicious/noExplicitAny: Azure Policy rule language
  nonCompliantWhen: Record<string, any>;
}): PreventiveForm {
  return {
    kind: "azure-policy",
    name: spec.name,
    definition: () => ({
      displayName: spec.displayName,
      description: spec.description,
      mode: spec.mode ?? "Indexed",
      parameters: {
        effect: {
          type: "String",
          defaultValue: "Deny",
          allowedValues: ["Audit", "Deny", "Disabled"],
          metadata: { displayName: "Effect", description: "Deny blocks the request; Audit only reports it." },
        },
      },
      policyRule: { if: spec.nonCompliantWhen, then: { effect: "[parameters('effect')]" } },
    }),
  };
}
