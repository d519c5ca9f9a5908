import { defineControl } from "../../model/control";
import { fail, pass } from "../../model/verdict";

export const sesConfigurationSetTls = defineControl({
  id: "aws-ses-configuration-set-tls",
  title: "SES configuration sets require TLS to receiving mail servers",
  rationale:
    'With tlsPolicy "Optional" (the default) SES falls back to plaintext SMTP when the receiving server offers no TLS, exposing message content in transit.',
  severity: "medium",
  cloud: "aws",
  service: "ses",
  resourceTypes: ["aws:ses/configurationSet:ConfigurationSet"],
  frameworks: {
    "nist-800-53-r5": ["SC-8", "SC-8(1)"],
    soc2: ["CC6.7"],
    "iso27001-2022": ["A.8.24", "A.5.14"],
    "pci-dss-4.0": ["4.2.1"],
    hipaa: ["164.312(e)(1)"],
  },
  remediation: 'Set deliveryOptions: { tlsPolicy: "Require" }.',
  enforcementLevel: "advisory",
  tags: ["encryption-in-transit", "email"],
  check: (r) => {
    const policy = r.props.deliveryOptions?.tlsPolicy;
    return policy === "Require"
      ? pass()
      : fail(
          "deliveryOptions.tlsPolicy",
          `deliveryOptions.tlsPolicy is ${JSON.stringify(policy ?? "Optional (default)")}; set it to "Require"`,
        );
  },
  examples: {
    compliant: [
      [{ type: "aws:ses/configurationSet:ConfigurationSet", props: { name: "transactional", deliveryOptions: { tlsPolicy: "Require" } } }],
    ],
    nonCompliant: [[{ type: "aws:ses/configurationSet:ConfigurationSet", props: { name: "marketing" } }]],
  },
});
