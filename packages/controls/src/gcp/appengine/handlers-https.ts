import { defineControl } from "../../model/control";
import { fail, failAll, type Violation } from "../../model/verdict";
import { objectsOf } from "../../shared/network";

const STANDARD = "gcp:appengine/standardAppVersion:StandardAppVersion";
const FLEXIBLE = "gcp:appengine/flexibleAppVersion:FlexibleAppVersion";

export const appengineHandlersHttps = defineControl({
  id: "gcp-appengine-handlers-https",
  title: "App Engine handlers redirect HTTP to HTTPS",
  rationale: "Handlers that answer plain HTTP expose sessions and data in transit; SECURE_ALWAYS redirects every request to HTTPS.",
  severity: "medium",
  cloud: "gcp",
  service: "appengine",
  resourceTypes: [STANDARD, FLEXIBLE],
  frameworks: {
    "cis-gcp-5.0": ["4.10"],
    "cis-gcp-3.0": ["4.10"],
    "nist-800-53-r5": ["SC-8", "SC-8(1)"],
    soc2: ["CC6.7"],
    "iso27001-2022": ["A.8.24", "A.5.14"],
    "pci-dss-4.0": ["4.2.1"],
    hipaa: ["164.312(e)(1)"],
  },
  remediation: 'Set securityLevel: "SECURE_ALWAYS" on every handler.',
  enforcementLevel: "mandatory",
  tags: ["encryption-in-transit"],
  check: (r) => {
    const handlers = objectsOf(r.props.handlers);
    if (handlers.length === 0)
      return fail(
        "handlers",
        'no handlers are declared, so the default answers plain HTTP; declare handlers with securityLevel "SECURE_ALWAYS"',
      );
    const violations: Violation[] = [];
    handlers.forEach((h, i) => {
      if (h.securityLevel !== "SECURE_ALWAYS") {
        violations.push({
          property: `handlers[${i}].securityLevel`,
          message: `securityLevel is ${JSON.stringify(h.securityLevel ?? "SECURE_OPTIONAL")}; set it to "SECURE_ALWAYS"`,
        });
      }
    });
    return failAll(violations);
  },
  examples: {
    compliant: [
      [
        {
          type: STANDARD,
          props: { service: "default", runtime: "nodejs20", handlers: [{ urlRegex: ".*", securityLevel: "SECURE_ALWAYS" }] },
        },
      ],
    ],
    nonCompliant: [
      [
        {
          type: STANDARD,
          props: { service: "default", runtime: "nodejs20", handlers: [{ urlRegex: ".*", securityLevel: "SECURE_OPTIONAL" }] },
        },
      ],
      [{ type: FLEXIBLE, props: { service: "default", runtime: "nodejs" } }],
    ],
  },
});
