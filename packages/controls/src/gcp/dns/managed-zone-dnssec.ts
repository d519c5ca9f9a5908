import { defineControl } from "../../model/control";
import { fail, notApplicable, pass } from "../../model/verdict";
import { str } from "../../shared/text";
import { MANAGED_ZONE } from "./dnssec";

export const dnsManagedZoneDnssec = defineControl({
  id: "gcp-dns-managed-zone-dnssec",
  title: "Public Cloud DNS zones are signed with DNSSEC",
  rationale: "DNSSEC lets resolvers verify answers, stopping cache poisoning and on-path forgery of the domain's records.",
  severity: "medium",
  cloud: "gcp",
  service: "dns",
  resourceTypes: [MANAGED_ZONE],
  frameworks: {
    "cis-gcp-5.0": ["3.3"],
    "cis-gcp-3.0": ["3.3"],
    "nist-800-53-r5": ["SC-22", "SC-8"],
    soc2: ["CC6.6", "CC6.7"],
    "iso27001-2022": ["A.8.20", "A.8.21"],
    "pci-dss-4.0": ["4.2.1"],
    hipaa: ["164.312(e)(1)", "164.312(c)(1)"],
  },
  remediation: 'Set dnssecConfig { state: "on" } and publish the DS record at the registrar.',
  enforcementLevel: "mandatory",
  tags: ["dns", "integrity"],
  check: (r) => {
    const visibility = r.props.visibility ?? "public";
    if (str(visibility).toLowerCase() !== "public") return notApplicable("private zones are not signed");
    const state = r.props.dnssecConfig?.state;
    return state === "on" ? pass() : fail("dnssecConfig.state", `dnssecConfig.state is ${JSON.stringify(state ?? "off")}; set it to "on"`);
  },
  examples: {
    compliant: [
      [{ type: MANAGED_ZONE, props: { dnsName: "acme.example.", dnssecConfig: { state: "on" } } }],
      [{ type: MANAGED_ZONE, props: { dnsName: "internal.acme.example.", visibility: "private" } }],
    ],
    nonCompliant: [[{ type: MANAGED_ZONE, props: { dnsName: "acme.example." } }]],
  },
});
