import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";
import { objectsOf } from "../../shared/network";

export const apikeysKeyApiRestrictions = defineControl({
  id: "gcp-apikeys-key-api-restrictions",
  title: "API keys are restricted to the APIs the application calls",
  rationale:
    "An API key without API restrictions works against every enabled API of the project; a leaked key then costs money and exposes data well beyond its purpose.",
  severity: "medium",
  cloud: "gcp",
  service: "apikeys",
  resourceTypes: ["gcp:projects/apiKey:ApiKey"],
  frameworks: {
    "cis-gcp-5.0": ["1.15"],
    "cis-gcp-3.0": ["1.14"],
    "nist-800-53-r5": ["AC-6", "IA-5"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.5.17", "A.8.2"],
    "pci-dss-4.0": ["7.2.1", "8.6.3"],
    hipaa: ["164.312(a)(1)"],
  },
  remediation: 'Set restrictions.apiTargets to the services the key is for, e.g. [{ service: "translate.googleapis.com" }].',
  enforcementLevel: "mandatory",
  tags: ["credentials"],
  check: (r) => {
    const targets = objectsOf(r.props.restrictions?.apiTargets);
    if (targets.length === 0) return fail("restrictions.apiTargets", "the key works for every enabled API; set restrictions.apiTargets");
    const any = targets.findIndex((t) => t.service === "*" || t.service === "cloudapis.googleapis.com");
    return any >= 0
      ? fail(`restrictions.apiTargets[${any}].service`, "the target allows all Google Cloud APIs; name the specific service")
      : pass();
  },
  examples: {
    compliant: [
      [
        {
          type: "gcp:projects/apiKey:ApiKey",
          props: { displayName: "maps", restrictions: { apiTargets: [{ service: "maps-backend.googleapis.com" }] } },
        },
      ],
    ],
    nonCompliant: [[{ type: "gcp:projects/apiKey:ApiKey", props: { displayName: "maps" } }]],
  },
});
