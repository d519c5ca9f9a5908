import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

const KINDS = ["browserKeyRestrictions", "serverKeyRestrictions", "androidKeyRestrictions", "iosKeyRestrictions"];

export const apikeysKeyApplicationRestrictions = defineControl({
  id: "gcp-apikeys-key-application-restrictions",
  title: "API keys are restricted to specific hosts or applications",
  rationale: "Without application restrictions anyone who copies the key from a web page or app bundle can use it from anywhere.",
  severity: "medium",
  cloud: "gcp",
  service: "apikeys",
  resourceTypes: ["gcp:projects/apiKey:ApiKey"],
  frameworks: {
    "cis-gcp-5.0": ["1.14"],
    "cis-gcp-3.0": ["1.13"],
    "nist-800-53-r5": ["AC-3", "IA-5"],
    soc2: ["CC6.1"],
    "iso27001-2022": ["A.5.17"],
    "pci-dss-4.0": ["8.6.3"],
    hipaa: ["164.312(a)(1)"],
  },
  remediation:
    "Set one of restrictions.browserKeyRestrictions (allowedReferrers), serverKeyRestrictions (allowedIps), androidKeyRestrictions or iosKeyRestrictions.",
  enforcementLevel: "advisory",
  tags: ["credentials"],
  check: (r) => {
    const restrictions = r.props.restrictions;
    if (restrictions && typeof restrictions === "object") {
      for (const k of KINDS) {
        const v = restrictions[k];
        if (v && typeof v === "object") {
          const entries = Object.values(v).flat();
          if (entries.some((e) => (typeof e === "string" ? e !== "" && e !== "*" && e !== "0.0.0.0/0" : !!e))) return pass();
        }
      }
    }
    return fail("restrictions", "the key can be used from any host or app; set browser, server, Android or iOS restrictions");
  },
  examples: {
    compliant: [
      [
        {
          type: "gcp:projects/apiKey:ApiKey",
          props: { displayName: "web", restrictions: { browserKeyRestrictions: { allowedReferrers: ["https://shop.acme.example/*"] } } },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: "gcp:projects/apiKey:ApiKey",
          props: { displayName: "web", restrictions: { apiTargets: [{ service: "maps-backend.googleapis.com" }] } },
        },
      ],
    ],
  },
});
